// Child process for the SIGKILL test: saves a large report again and again through the app's real
// save code (serialise, temp file, write, fsync, verify, rename) until the parent kills it. The file
// system is the real one; the wrapper only reports on stdout when a save starts writing its temp file,
// so the parent can aim some kills inside the short write phase.
import { writeSync } from 'node:fs'
import { writeDraftFile } from '@node/draftFiles'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { largeReport } from './largeReport'

const target = process.argv[2]
if (!target) throw new Error('usage: killSaveChild <target>')

let save = 0
const reportingFs: FileSystem = {
  ...nodeFileSystem,
  open: (path, flags, mode) => {
    writeSync(1, `writing ${save}\n`)
    return nodeFileSystem.open(path, flags, mode)
  },
}

async function run(path: string): Promise<void> {
  // Built before "ready", so the kills land in saving, not in making test data.
  const versions = [largeReport(1), largeReport(2)]
  writeSync(1, 'ready\n')
  for (;;) {
    save++
    writeSync(1, `saving ${save}\n`)
    await writeDraftFile(path, versions[(save - 1) % versions.length]!, reportingFs)
  }
}

void run(target)
