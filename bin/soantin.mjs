#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx soantin` works right after `npm install`, with no build.
import { tsImport } from 'tsx/esm/api'

// `soantin templates | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const { main } = await tsImport('../src/cli/main.ts', import.meta.url)
process.exitCode = await main(process.argv.slice(2))
