import { buildSync } from 'esbuild'
import { join } from 'node:path'

let bundled: string | undefined

/** pageApi.ts as one script for `page.addInitScript`, built once per process. */
export function pageApiScript(): string {
  bundled ??= buildSync({
    entryPoints: [join(__dirname, 'pageApi.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text
  return bundled
}
