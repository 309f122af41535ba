import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

/** Builds the renderer once per e2e run into a private folder, so parallel runs never share output. */
export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'soantin-e2e-renderer-'))
  const root = resolve(__dirname, '../../..')
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.e2e.config.mts',
      '--outDir',
      outDir,
    ],
    { cwd: root, stdio: 'inherit' },
  )
  project.provide('rendererDir', outDir)
  return () => rmSync(outDir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string
  }
}
