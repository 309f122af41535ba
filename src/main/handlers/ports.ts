/** What handlers need from the desktop shell; Electron provides it in the app, tests provide fakes. */
export interface DialogPort {
  chooseDraftToOpen(): Promise<string | null>
  chooseDraftSavePath(defaultFileName: string): Promise<string | null>
}

export interface ShellPort {
  openExternal(url: string): Promise<void>
}
