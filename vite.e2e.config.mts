import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { viteAliases } from './scripts/pathAliases.mjs'

/**
 * The renderer alone, built with plain Vite for the end-to-end suite (electron-vite has no renderer-only mode).
 * Same root, plugins and entry as the renderer section of electron.vite.config.ts.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: { alias: viteAliases(import.meta.dirname) },
  plugins: [react()],
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
  },
})
