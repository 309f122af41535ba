// Shortcuts are handled by the renderer (the same in the app and the e2e suite); the menu only shows them.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../shared/ipc/contract'

/** The Vietnamese application menu; each item sends a command the renderer acts on. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_EVENT_CHANNEL, command)
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mới', accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: send('new') },
        { label: 'Mở…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: send('open') },
        { type: 'separator' },
        { label: 'Lưu', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: send('save') },
        {
          label: 'Lưu thành…',
          accelerator: 'CmdOrCtrl+Shift+S',
          registerAccelerator: false,
          click: send('saveAs'),
        },
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
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ gốc', role: 'resetZoom' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu Soạn Tin', click: send('about') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
