import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')

/**
 * Each area's folders from the bottom up: a folder may import only from folders before it. The domain
 * exempts type-only imports (erased at build, so no load order): a node record may name a DOCX style key
 * or a template field key without the domain's layers depending on the exporters at run time.
 */
const AREAS = [
  {
    root: 'src/shared',
    alias: '@shared/',
    typeOnlyExempt: true,
    layers: ['text', 'time', 'links', 'fields', 'nodes', 'model', 'images', 'body', 'plainText'].concat([
      'settings',
      'people',
      'templates',
      'spell',
      'export',
      'check',
      'ipc',
    ]),
  },
  {
    root: 'src/renderer/src',
    alias: '@renderer/',
    typeOnlyExempt: false,
    layers: [
      'hooks',
      'ipc',
      'i18n',
      'status',
      'menus',
      'spell',
      'dialogs',
      'panel',
      'find',
      'help',
      'editor',
    ].concat(['check', 'export', 'preview', 'gallery', 'start', 'app', '.']),
  },
] as const

interface ImportLine {
  specifier: string
  typeOnly: boolean
}

/** Every static and dynamic import and re-export of a source text, marking the type-only ones. */
function importsOf(source: string): ImportLine[] {
  const found: ImportLine[] = []
  const statement = /^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'/gms
  for (const [, typeKeyword, names = '', specifier = ''] of source.matchAll(statement)) {
    const braces = /^\{([^}]*)\}$/.exec(names.trim())
    const allTypes =
      braces !== null &&
      braces[1]!
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .every((part) => part.startsWith('type '))
    found.push({ specifier, typeOnly: Boolean(typeKeyword) || allTypes })
  }
  for (const [, specifier = ''] of source.matchAll(/^import\s+'([^']+)'/gm))
    found.push({ specifier, typeOnly: false })
  for (const [, specifier = ''] of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g))
    found.push({ specifier, typeOnly: false })
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** "a/b.ts imports c (layer 4) from layer 2" for each import that climbs, in one area. */
function violations(area: (typeof AREAS)[number]): string[] {
  const base = join(ROOT, area.root)
  const layers: readonly string[] = area.layers
  const folderOf = (file: string) => {
    const parts = relative(base, file).split(sep)
    return parts.length === 1 ? '.' : parts[0]!
  }
  const found: string[] = []
  for (const file of sourceFiles(base)) {
    const from = folderOf(file)
    if (!layers.includes(from)) found.push(`${relative(ROOT, file)}: folder "${from}" has no layer`)
    for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      if (typeOnly && area.typeOnlyExempt) continue
      const target = specifier.startsWith(area.alias)
        ? join(base, specifier.slice(area.alias.length))
        : specifier.startsWith('.')
          ? resolve(dirname(file), specifier)
          : null
      if (target === null || relative(base, target).startsWith('..')) continue
      const inside = relative(base, target)
      const to = inside.includes(sep) ? inside.split(sep)[0]! : '.'
      if (to === from) continue
      if (layers.indexOf(to) >= layers.indexOf(from))
        found.push(`${relative(ROOT, file)} (${from}) imports ${specifier}, a higher layer (${to})`)
    }
  }
  return found
}

describe('layers', () => {
  it('reads imports, re-exports and dynamic imports, and tells type-only ones apart', () => {
    const source = [
      "import { a, type B } from './x'",
      "import type { C } from '../y'",
      "import { type D, type E } from '../z'",
      "export { f } from './w'",
      "const g = await import('../v')",
      "import {\n  h,\n  i,\n} from '@shared/u'",
      "import './t.css'",
    ].join('\n')
    expect(importsOf(source)).toEqual([
      { specifier: './x', typeOnly: false },
      { specifier: '../y', typeOnly: true },
      { specifier: '../z', typeOnly: true },
      { specifier: './w', typeOnly: false },
      { specifier: '@shared/u', typeOnly: false },
      { specifier: './t.css', typeOnly: false },
      { specifier: '../v', typeOnly: false },
    ])
  })

  for (const area of AREAS) {
    it(`${area.root}: every folder imports only from the layers below it`, () => {
      expect(violations(area)).toEqual([])
    })
  }
})
