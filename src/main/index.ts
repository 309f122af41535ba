import { app, BrowserWindow, shell, utilityProcess } from 'electron'
import { dirname, isAbsolute, join } from 'node:path'
import type { MenuCommand, UiLanguage } from '@shared/ipc/contract'
import { registerAppScheme } from './appProtocol'
import { createHandlers, userDataPaths } from './handlers/createHandlers'
import { electronDialogs } from './dialogs'
import { hardenDefaultSession } from './hardenSession'
import { registerIpc } from './ipc/registerIpc'
import { sendEvent } from './ipc/sendEvent'
import { electronClipboard } from './electronClipboard'
import { installMenu } from './menu'
import { utilityJobPort } from './jobs/utilityJobPort'
import { cleanStaleTempFiles } from '@node/atomicWrite'
import { DocSessions } from '@node/docSessions'
import { draftPathFromArgv } from '@node/draftFiles'
import { RecentFiles } from '@node/recentFiles'
import { RecoveryCloseGate } from '@node/recoveryCloseGate'
import { RecoveryStore } from '@node/recoveryStore'
import { appEntry, createMainWindow, openWebLink } from './window'

// An ASCII folder name for user data, the same on every platform (productName has Vietnamese letters).
// SOANTIN_USER_DATA (an absolute folder) gives a test run, or a second profile, its own settings and lock.
const userDataOverride = process.env.SOANTIN_USER_DATA
app.setPath(
  'userData',
  userDataOverride && isAbsolute(userDataOverride)
    ? userDataOverride
    : join(app.getPath('appData'), 'soantin'),
)

// Before `ready`, as Electron requires; hardenDefaultSession installs its handler once ready.
registerAppScheme()

let mainWindow: BrowserWindow | null = null
const getWindow = () => mainWindow

if (!app.requestSingleInstanceLock()) app.quit()

const sessions = new DocSessions()
let closeGate = new RecoveryCloseGate()
let quitting = false
const sendCommand = (command: MenuCommand) => sendEvent(mainWindow?.webContents, 'menuCommand', command)

/**
 * A draft from the command line, the OS or the recent-files menu waits in main until the renderer has
 * asked about unsaved changes and calls `openPendingFile` (it also does so once when it starts).
 */
function requestOpen(path: string): void {
  sessions.queueOpen(path)
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
  if (mainWindow && !mainWindow.webContents.isLoading()) sendCommand('openPending')
}

const launchFile = draftPathFromArgv(process.argv, process.cwd())
if (launchFile) sessions.queueOpen(launchFile)

// macOS sends files double-clicked in Finder this way, possibly before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault()
  requestOpen(path)
})

app.on('before-quit', () => (quitting = true))

/**
 * The close handshake: the window asks the renderer (Lưu / Không lưu / Hủy) unless it cannot answer;
 * with no answer in time it closes anyway, and the backup stays for the next start.
 */
function guardClose(win: BrowserWindow): void {
  const gate = new RecoveryCloseGate()
  closeGate = gate
  let closed = false
  win.on('closed', () => (closed = true))
  const closeAnyway = () => {
    if (closed) return
    const wasQuitting = quitting
    win.close()
    if (wasQuitting) app.quit()
  }
  win.webContents.on('did-finish-load', () => gate.rendererReady())
  win.webContents.on('render-process-gone', () => gate.rendererGone())
  win.on('unresponsive', () => gate.setResponsive(false))
  win.on('responsive', () => gate.setResponsive(true))
  win.on('close', (event) => {
    if (!gate.shouldAsk(closeAnyway)) return
    event.preventDefault()
    sendCommand('closeRequest')
  })
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app
  .whenReady()
  .then(() => {
    hardenDefaultSession()
    const entry = appEntry()
    const userDataDir = app.getPath('userData')
    const paths = userDataPaths(userDataDir)
    const recovery = new RecoveryStore(paths.recovery)
    const recent = new RecentFiles(paths.recentFiles)
    // Temp files an earlier crash left next to the officer's drafts, settings or backups.
    void recent
      .paths()
      .then((files) =>
        Promise.all(
          [userDataDir, paths.recovery, paths.userTemplates, ...files.map(dirname)].map((d) =>
            cleanStaleTempFiles(d),
          ),
        ),
      )
    // Vietnamese until the renderer says which language it shows.
    let menuLanguage: UiLanguage = 'vi'
    const refreshMenu = async () =>
      installMenu(
        getWindow,
        menuLanguage,
        (await recent.list()).map((file) => ({
          label: file.fileName,
          open: () => void recent.resolve(file.id).then((path) => path && requestOpen(path)),
        })),
      )
    recent.onChange(() => void refreshMenu())
    registerIpc(
      createHandlers({
        appInfo: {
          name: 'Soạn Tin',
          version: app.getVersion(),
          platform: process.platform,
          locale: app.getLocale(),
        },
        onUiLanguage: (language) => {
          if (language === menuLanguage) return
          menuLanguage = language
          void refreshMenu()
        },
        dialogs: electronDialogs(getWindow),
        shell: {
          openExternal: openWebLink,
          // Only paths main wrote itself reach these (exports, behind tokens).
          openPath: async (path) => {
            const failure = await shell.openPath(path)
            if (failure) throw new Error(failure)
          },
          showItemInFolder: (path) => shell.showItemInFolder(path),
        },
        // "Sao chép cho web" and the right-click menu's "Dán".
        clipboard: electronClipboard(),
        onFileUsed: (path) => app.addRecentDocument(path),
        onExportProgress: (progress) => sendEvent(mainWindow?.webContents, 'exportProgress', progress),
        // Drafts are read and exported in utility processes (built beside this file), never in main.
        jobs: utilityJobPort({
          fork: (path, args, options) => utilityProcess.fork(path, args, options),
          entry: join(__dirname, 'jobWorker.js'),
          // The next open or export does not wait for a process to fork.
          standby: true,
        }),
        userDataDir,
        // Shipped beside the app (the repository's `templates/` in development).
        templatesDir: join(app.getAppPath(), 'templates'),
        sessions,
        recovery,
        recent,
        window: {
          answerClose: (proceed) => {
            if (!closeGate.answer(proceed)) {
              quitting = false
              return
            }
            const wasQuitting = quitting
            mainWindow?.close()
            if (wasQuitting) app.quit()
          },
        },
      }),
      entry,
    )
    installMenu(getWindow, menuLanguage)
    void refreshMenu()
    mainWindow = createMainWindow(entry)
    guardClose(mainWindow)
    mainWindow.on('closed', () => (mainWindow = null))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createMainWindow(entry)
        guardClose(mainWindow)
      }
    })
  })
  .catch((error: unknown) => {
    // Nothing to show a message in yet: say it where a support person looks, and do not linger windowless.
    console.error('Soạn Tin could not start:', error)
    app.exit(1)
  })

app.on('second-instance', (_event, argv, workingDirectory) => {
  const path = draftPathFromArgv(argv, workingDirectory)
  if (path) requestOpen(path)
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
