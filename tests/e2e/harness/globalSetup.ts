import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildRenderer } from './buildRenderer'

/** Builds the renderer once per e2e run into a private folder, so parallel runs never share output. */
export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'soantin-e2e-renderer-'))
  buildRenderer(outDir)
  project.provide('rendererDir', outDir)
  return () => rmSync(outDir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string
  }
}
