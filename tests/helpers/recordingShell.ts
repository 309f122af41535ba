import type { ShellPort } from '@main/handlers/ports'

/**
 * A shell port that records what the app asked to open or show in the folder instead of doing it.
 * Set `failOpen` to a message to make opening fail the way a missing viewer app does.
 */
export class RecordingShell implements ShellPort {
  readonly opened: string[] = []
  readonly shown: string[] = []
  failOpen: string | null = null
  async openExternal() {}
  async openPath(path: string) {
    if (this.failOpen) throw new Error(this.failOpen)
    this.opened.push(path)
  }
  showItemInFolder(path: string) {
    this.shown.push(path)
  }
}
