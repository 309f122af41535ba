#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx soantin` works right after `npm install`, with no build.
import { tsImport } from 'tsx/esm/api'

const { main } = await tsImport('../src/cli/main.ts', import.meta.url)
process.exitCode = await main(process.argv.slice(2))
