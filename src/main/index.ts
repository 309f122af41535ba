import { app, BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { createHandlers } from './handlers/createHandlers'
import { electronDialogs } from './dialogs'
import { hardenDefaultSession } from './hardenSession'
import { registerIpc } from './ipc/registerIpc'
import { installMenu } from './menu'
import { appEntry, createMainWindow } from './window'

// An ASCII folder name for user data, the same on every platform (productName has Vietnamese letters).
app.setPath('userData', join(app.getPath('appData'), 'soantin'))

let mainWindow: BrowserWindow | null = null
const getWindow = () => mainWindow

if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app.whenReady().then(() => {
  hardenDefaultSession()
  const entry = appEntry()
  registerIpc(
    createHandlers({
      appInfo: {
        name: 'Soạn Tin',
        version: app.getVersion(),
        platform: process.platform,
        locale: app.getLocale(),
      },
      dialogs: electronDialogs(getWindow),
      shell: { openExternal: (url) => shell.openExternal(url) },
      onFileUsed: (path) => app.addRecentDocument(path),
    }),
    entry,
  )
  installMenu(getWindow)
  mainWindow = createMainWindow(entry)
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(entry)
  })
})

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
