import type { MenuCommand, UiLanguage } from '@shared/ipc/contract'
import { MENU_LABELS } from './menuLabels'

/** The part of Electron's menu item options used here, so this file runs without Electron. */
export interface MenuItem {
  label?: string
  type?: 'separator'
  role?: 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen'
  accelerator?: string
  registerAccelerator?: boolean
  enabled?: boolean
  click?: () => void
  submenu?: MenuItem[]
}

/** An entry of the "Mở gần đây" submenu: a file name to show; main resolves the path itself. */
export interface RecentMenuItem {
  label: string
  open(): void
}

/**
 * The application menu in the interface's language; each item sends a command the renderer acts on.
 * Shortcuts are the renderer's (the same in the app and the e2e suite): the menu only shows them.
 * Plain data, so it is built and checked without Electron.
 */
export function menuTemplate(
  language: UiLanguage,
  send: (command: MenuCommand) => () => void,
  recent: readonly RecentMenuItem[] = [],
): MenuItem[] {
  const l = MENU_LABELS[language]
  const shown = (label: string, accelerator: string, command: MenuCommand) => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: send(command),
  })
  return [
    {
      label: l.file,
      submenu: [
        shown(l.new, 'CmdOrCtrl+N', 'new'),
        shown(l.open, 'CmdOrCtrl+O', 'open'),
        {
          label: l.recent,
          submenu: recent.length
            ? recent.map((item) => ({ label: item.label, click: () => item.open() }))
            : [{ label: l.noRecent, enabled: false }],
        },
        { label: l.insertTextFile, click: send('insertTextFile') },
        { type: 'separator' },
        shown(l.save, 'CmdOrCtrl+S', 'save'),
        shown(l.saveAs, 'CmdOrCtrl+Shift+S', 'saveAs'),
        { type: 'separator' },
        { label: l.nextReport, click: send('nextReport') },
        { label: l.saveAsTemplate, click: send('saveAsTemplate') },
        { type: 'separator' },
        { label: l.prepublicationCheck, click: send('prepublicationCheck') },
        { label: l.exportDocx, click: send('exportDocx') },
        { label: l.exportHtml, click: send('exportHtml') },
        { label: l.copyForWeb, click: send('copyForWeb') },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        shown(l.undo, 'CmdOrCtrl+Z', 'undo'),
        shown(l.redo, 'CmdOrCtrl+Y', 'redo'),
        { type: 'separator' },
        shown(l.find, 'CmdOrCtrl+F', 'find'),
        shown(l.replace, 'CmdOrCtrl+H', 'replace'),
        { label: l.applyToneStyle, click: send('applyToneStyle') },
        { label: l.peopleDirectory, click: send('peopleDirectory') },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        // The page being written zooms (the renderer handles the keys); Electron's own zoom roles
        // would scale the whole window, toolbar and panel included.
        shown(l.zoomIn, 'CmdOrCtrl+=', 'zoomIn'),
        shown(l.zoomOut, 'CmdOrCtrl+-', 'zoomOut'),
        shown(l.zoomReset, 'CmdOrCtrl+0', 'zoomReset'),
        { label: l.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [
        // F1 is the renderer's (useShortcuts), so it works in the e2e harness too.
        shown(l.shortcuts, 'F1', 'shortcuts'),
        { label: l.about, click: send('about') },
      ],
    },
  ]
}
