import { Menu, type BrowserWindow } from 'electron'
import type { MenuCommand, UiLanguage } from '@shared/ipc/contract'
import { sendEvent } from './ipc/sendEvent'
import { menuTemplate, type RecentMenuItem } from './menuTemplate'

/**
 * Installs the application menu in the interface's language. Call again whenever the recent files
 * or the language change.
 */
export function installMenu(
  getWindow: () => BrowserWindow | null,
  language: UiLanguage,
  recent: RecentMenuItem[] = [],
): void {
  const send = (command: MenuCommand) => () => sendEvent(getWindow()?.webContents, 'menuCommand', command)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, recent)))
}
