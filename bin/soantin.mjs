#!/usr/bin/env node
// Runs the CLI prebuilt at install (`prepare` → scripts/build-cli.mjs → node_modules/.soantin-cli/), so
// `npx soantin` starts in plain Node. Without that bundle (installed with --ignore-scripts), or when a source
// in it changed since it was built, runs the TypeScript sources through tsx, as slow as before but never stale.
// SOANTIN_CLI_DEBUG=1 says on stderr which of the two ran.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// `soantin templates | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const ROOT = new URL('../', import.meta.url)
const BUNDLE_DIR = new URL('node_modules/.soantin-cli/', ROOT)

/** Why the prebuilt bundle cannot be used, or undefined when it is there and newer than every source in it. */
function bundleProblem() {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(new URL('manifest.json', BUNDLE_DIR), 'utf8'))
  } catch {
    return 'no prebuilt bundle (npm run build:cli builds it)'
  }
  for (const input of manifest.inputs) {
    const changed = statSync(new URL(input, ROOT), { throwIfNoEntry: false })
    if (!changed || changed.mtimeMs > manifest.builtAt) return `${input} changed since the bundle was built`
  }
  return undefined
}

const problem = bundleProblem()
const debug = (line) => process.env.SOANTIN_CLI_DEBUG && process.stderr.write(`soantin: ${line}\n`)
let main
if (problem === undefined) {
  debug('prebuilt bundle')
  ;({ main } = await import(new URL('soantin.mjs', BUNDLE_DIR).href))
} else {
  debug(`tsx (${problem})`)
  // The sources' @shared/… aliases live in the project's tsconfig; tsx would look in the caller's folder.
  process.env.TSX_TSCONFIG_PATH = fileURLToPath(new URL('tsconfig.json', ROOT))
  const { tsImport } = await import('tsx/esm/api')
  ;({ main } = await tsImport('../src/cli/main.ts', import.meta.url))
}
process.exitCode = await main(process.argv.slice(2))
