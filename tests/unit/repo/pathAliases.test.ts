import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PATH_ALIASES } from '../../../scripts/pathAliases.mjs'

const ROOT = join(__dirname, '../../..')

describe('import aliases', () => {
  it('tsconfig paths (tsc, tsx, esbuild) and the Vite table (app, e2e, vitest) name the same folders', () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> }
    }
    const fromTsconfig = Object.fromEntries(
      Object.entries(base.compilerOptions.paths).map(([key, [target]]) => [
        key.replace(/\/\*$/, ''),
        (target ?? '').replace(/^\.\//, '').replace(/\/\*$/, ''),
      ]),
    )
    expect(fromTsconfig).toEqual(PATH_ALIASES)
  })

  it('the root tsconfig, which tsx and esbuild read, carries the paths', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { extends?: string }
    expect(root.extends).toBe('./tsconfig.base.json')
  })
})
