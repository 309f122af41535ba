import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const SRC = join(ROOT, 'src')

/** The Electron shell: the only files that may load `electron`, because nothing else runs inside it. */
const SHELL_FILES = [
  'src/main/appProtocol.ts',
  'src/main/dialogs.ts',
  'src/main/electronClipboard.ts',
  'src/main/hardenSession.ts',
  'src/main/index.ts',
  'src/main/ipc/registerIpc.ts',
  'src/main/menu.ts',
  'src/main/window.ts',
  'src/preload/index.ts',
]

// import … from 'electron', import 'electron', export … from 'electron', require('electron'),
// import('electron'), and the 'electron/main' style subpaths; quotes of any kind.
const ELECTRON_MODULE = String.raw`(['"\x60])electron(?:\/[\w-]+)?\1`
const ELECTRON_IMPORT = new RegExp(
  String.raw`(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)` + ELECTRON_MODULE,
)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/.test(name) ? [path] : []
  })
}

function importsElectron(text: string): boolean {
  // Comments may name the module; only code counts.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
  return ELECTRON_IMPORT.test(code)
}

describe('where Electron may be imported', () => {
  it('recognises every way of loading the module', () => {
    for (const line of [
      "import { app } from 'electron'",
      'import type { BrowserWindow } from "electron"',
      "import 'electron'",
      "export { shell } from 'electron'",
      "const { app } = require('electron')",
      'const e = require ( "electron" )',
      "const e = await import('electron')",
      "import { ipcRenderer } from 'electron/renderer'",
    ]) {
      expect(importsElectron(line), line).toBe(true)
    }
    for (const line of [
      "import { x } from './electronDialogs'",
      "import { y } from 'electron-vite'",
      "import { z } from '@electron/fuses'",
      "// import { app } from 'electron'",
      "const text = 'electron'",
    ]) {
      expect(importsElectron(line), line).toBe(false)
    }
  })

  it('is imported only by the shell files, so everything else runs in plain Node (tests, CLI)', () => {
    const importing = sourceFiles(SRC)
      .filter((path) => importsElectron(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path).split(sep).join('/'))
      .sort()
    const outsideShell = importing.filter((path) => !SHELL_FILES.includes(path))
    expect(outsideShell).toEqual([])
    // The scan must see the shell's own imports, or it is not looking at the right files.
    expect(importing).toContain('src/main/index.ts')
    expect(importing).toContain('src/preload/index.ts')
  })
})
