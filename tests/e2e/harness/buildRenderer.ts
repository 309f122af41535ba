import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../..')

/** Builds the renderer alone with plain Vite (`vite.e2e.config.mts`) into `outDir`. */
export function buildRenderer(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.e2e.config.mts',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
}
