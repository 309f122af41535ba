// Child process for the Ctrl+C test: stages a file through the real save code, as an export does
// before its renames, says "staged" and waits for the parent's signal.
import { writeSync } from 'node:fs'
import { stageFile } from '@node/atomicWrite'
import { removeTempsOnInterrupt } from '@cli/removeTempsOnInterrupt'

const target = process.argv[2]
if (!target) throw new Error('usage: interruptExportChild <target>')

removeTempsOnInterrupt()
await stageFile(target, new TextEncoder().encode('PK bản xuất dở dang'))
writeSync(1, 'staged\n')
setInterval(() => undefined, 1000)
