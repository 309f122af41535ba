// Shortcuts are handled by the renderer (the same in the app and the e2e suite); the menu only shows them.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import { sendEvent } from './ipc/sendEvent'

/** An entry of the "Mở gần đây" submenu: a file name to show; main resolves the path itself. */
interface RecentMenuItem {
  label: string
  open(): void
}

/**
 * The Vietnamese application menu; each item sends a command the renderer acts on. Call again with
 * the new list whenever the recent files change.
 */
export function installMenu(getWindow: () => BrowserWindow | null, recent: RecentMenuItem[] = []): void {
  const send = (command: MenuCommand) => () => sendEvent(getWindow()?.webContents, 'menuCommand', command)
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mới', accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: send('new') },
        { label: 'Mở…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: send('open') },
        {
          label: 'Mở gần đây',
          submenu: recent.length
            ? recent.map((item) => ({ label: item.label, click: () => item.open() }))
            : [{ label: 'Chưa có tệp nào', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Lưu', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: send('save') },
        {
          label: 'Lưu thành…',
          accelerator: 'CmdOrCtrl+Shift+S',
          registerAccelerator: false,
          click: send('saveAs'),
        },
        { type: 'separator' },
        { label: 'Báo cáo kỳ tiếp theo', click: send('nextReport') },
        { label: 'Lưu làm mẫu…', click: send('saveAsTemplate') },
        { type: 'separator' },
        { label: 'Xuất DOCX…', click: send('exportDocx') },
        { label: 'Xuất HTML…', click: send('exportHtml') },
        { label: 'Sao chép cho web', click: send('copyForWeb') },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        { label: 'Làm lại', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: send('redo') },
        { type: 'separator' },
        { label: 'Tìm…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: send('find') },
        {
          label: 'Thay thế…',
          accelerator: 'CmdOrCtrl+H',
          registerAccelerator: false,
          click: send('replace'),
        },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        // The page being written zooms (the renderer handles the keys); Electron's own zoom roles
        // would scale the whole window, toolbar and panel included.
        {
          label: 'Phóng to trang',
          accelerator: 'CmdOrCtrl+=',
          registerAccelerator: false,
          click: send('zoomIn'),
        },
        {
          label: 'Thu nhỏ trang',
          accelerator: 'CmdOrCtrl+-',
          registerAccelerator: false,
          click: send('zoomOut'),
        },
        {
          label: 'Cỡ gốc (100 %)',
          accelerator: 'CmdOrCtrl+0',
          registerAccelerator: false,
          click: send('zoomReset'),
        },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        // F1 is the renderer's (useShortcuts), so it works in the e2e harness too.
        { label: 'Phím tắt', accelerator: 'F1', registerAccelerator: false, click: send('shortcuts') },
        { label: 'Giới thiệu Soạn Tin', click: send('about') },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
