import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { viteAliases } from './scripts/pathAliases.mjs'

const alias = viteAliases(__dirname)

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // Bundled, so the packaged app needs no node_modules (electron-builder.yml packs out/** only).
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The utility processes' entry: drafts are read and exported there, off main (src/node/jobs).
          jobWorker: resolve(__dirname, 'src/node/jobs/jobWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
})
