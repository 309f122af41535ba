// The import aliases, one table for every tool that resolves them: Vite (app, e2e renderer, vitest) and
// esbuild/tsx through tsconfig.base.json's `paths`, which tests/unit/repo/pathAliases.test.ts keeps equal.
import { resolve } from 'node:path'

/** Alias → folder, relative to the repository root. */
export const PATH_ALIASES = {
  '@shared': 'src/shared',
  '@node': 'src/node',
  '@main': 'src/main',
  '@cli': 'src/cli',
  '@preload': 'src/preload',
  '@renderer': 'src/renderer/src',
}

/** The same table as Vite's `resolve.alias` entries, with absolute folders. */
export function viteAliases(root) {
  return Object.entries(PATH_ALIASES).map(([find, dir]) => ({ find, replacement: resolve(root, dir) }))
}
