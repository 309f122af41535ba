import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const SCANNED = ['src', 'tests', 'bench', 'scripts', '.ci', 'bin']
const CODE = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.py', '.sh', ''])

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.tmp') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else if (CODE.has(extname(name))) yield path
  }
}

const QUOTED = /(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g
const BARE = /(?:^|[\s=(])(\.\.\/[^\s'"`;)]*)/g
const UP = /(^|[/\\])\.\.([/\\]|$)/

const PATH_CALL =
  /\b(?:join|resolve|URL|readFileSync|readFile|existsSync|statSync|readdirSync|createReadStream|cd|from|import|require)\b/
const FILE_ANCHOR =
  /\b(?:import\.meta\.url|__dirname|__filename|from|import|require)\b|\b(?:join|resolve)\(\s*[A-Za-z_$]/

/**
 * Paths a file builds that climb out of the repository: on a line that builds or reads a path, a quoted
 * relative path, joined with the quoted arguments after it (`join(__dirname, '..', 'x')`), resolved from
 * the file's folder when the line anchors it there (imports, `__dirname`, `import.meta.url`, a folder
 * variable) and from the root (the working directory of npm scripts and CI) otherwise.
 */
export function escapingPaths(file: string, text: string, root: string): string[] {
  const found: string[] = []
  const outside = (target: string) => {
    const rel = relative(root, target)
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
  }
  text.split('\n').forEach((line, index) => {
    if (!PATH_CALL.test(line)) return
    const parts = [...line.matchAll(QUOTED), ...line.matchAll(BARE)].map((m) => m[2] ?? m[1]!)
    const base = FILE_ANCHOR.test(line) ? dirname(file) : root
    for (let i = 0; i < parts.length; i++) {
      if (!UP.test(parts[i]!)) continue
      const path = parts
        .slice(i)
        .filter((p) => !p.includes('${'))
        .join('/')
        .replace(/^file:\/\//, '')
      if (outside(resolve(base, path))) {
        found.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`)
        break
      }
    }
  })
  return found
}

describe('the repository stands alone', () => {
  it('no file under src, tests, bench, scripts, .ci or bin builds a path outside the repository', () => {
    const offenders = SCANNED.flatMap((top) => [...files(join(ROOT, top))])
      // This file's own probes below climb out on purpose.
      .filter((file) => file !== __filename)
      .flatMap((file) => escapingPaths(file, readFileSync(file, 'utf8'), ROOT))
    expect(offenders).toEqual([])
  })

  it.each([
    ["const SEED = join(__dirname, '../../../../shared/seed/a.txt')", 1],
    ["new URL('../../../../shared/seed/a.txt', import.meta.url)", 1],
    ["const SEED = join(__dirname, '../../fixtures/seed/a.txt')", 0],
    ["join(__dirname, '..', '..', '..', '..', 'shared', 'seed')", 1],
    ["readFileSync('../shared/design/product.md')", 1],
    ["import { x } from '@shared/model/report'", 0],
    ["join(__dirname, '..', 'fixtures', 'seed')", 0],
    ['cd "$(dirname "$0")/.."', 0],
    ['cd ../shared && ls', 1],
    ["const pkg = readFileSync(join(here, '../../package.json'))", 0],
    ["store.write('../../etc/x', report)", 0],
  ])('the check itself: %s → %i finding', (line, count) => {
    const file = join(ROOT, 'tests', 'unit', 'repo', 'probe.ts')
    expect(escapingPaths(file, line, ROOT)).toHaveLength(count)
  })

  it('the seed article is part of the repository', () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seed/giao-ban-thuong-truc-tinh-uy.txt'), 'utf8')
    expect(seed).toContain('Giao ban Thường trực Tỉnh ủy')
  })
})
