import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../..')

interface ElectronBinaryLookup {
  /** The Electron executable the e2e suite should launch, or null: then the Chromium harness runs. */
  path: string | null
  /** One human sentence: where the binary was found, or why none was. */
  reason: string
}

interface ElectronBinaryOptions {
  /** Defaults to `process.env`. */
  env?: NodeJS.ProcessEnv
  /** The `electron` package folder; defaults to the repository's `node_modules/electron`. */
  electronPackageDir?: string
  /** Defaults to `process.platform` (only Windows skips the executable bit check). */
  platform?: NodeJS.Platform
}

function executableProblem(path: string, platform: NodeJS.Platform): string | null {
  if (!existsSync(path)) return 'does not exist'
  if (!statSync(path).isFile()) return 'is not a file'
  if (platform === 'win32') return null
  try {
    accessSync(path, constants.X_OK)
    return null
  } catch {
    return 'is not executable'
  }
}

/**
 * Where the Electron binary is, found the way `require('electron')` finds it (`path.txt` names the
 * executable inside `dist/`, or inside `ELECTRON_OVERRIDE_DIST_PATH`), but without requiring the
 * package: since electron 42 that starts a download when the binary is missing, which an offline
 * machine cannot do. `ELECTRON_PATH`, when set, wins and must name an executable file.
 */
export function locateElectronBinary(options: ElectronBinaryOptions = {}): ElectronBinaryLookup {
  const env = options.env ?? process.env
  const platform = options.platform ?? process.platform
  const explicit = env.ELECTRON_PATH?.trim()
  if (explicit) {
    const path = resolve(explicit)
    const problem = executableProblem(path, platform)
    return problem
      ? { path: null, reason: `ELECTRON_PATH=${explicit} ${problem}` }
      : { path, reason: `ELECTRON_PATH=${explicit}` }
  }
  const packageDir = options.electronPackageDir ?? join(ROOT, 'node_modules/electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { path: null, reason: `${pathFile} is missing: the Electron binary was never downloaded` }
  }
  const relative = readFileSync(pathFile, 'utf8').trim()
  if (relative === '') return { path: null, reason: `${pathFile} is empty` }
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
  const path = join(distDir, relative)
  const problem = executableProblem(path, platform)
  return problem ? { path: null, reason: `${path} ${problem}` } : { path, reason: path }
}

/** The Electron executable to drive, or null when there is none (see `locateElectronBinary`). */
export function findElectronBinary(options: ElectronBinaryOptions = {}): string | null {
  return locateElectronBinary(options).path
}
