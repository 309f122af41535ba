import { join } from 'node:path'
import type { DialogPort, ExportFormat } from '@main/handlers/ports'

/** Dialogs that answer with paths the test chose, standing in for the native ones. */
export class FakeDialogs implements DialogPort {
  /** Paths the next open dialogs return, in order; empty means the officer cancels. */
  openQueue: string[] = []
  /** Paths the next save dialogs return; empty means "the default name in the save folder". */
  saveQueue: Array<string | null> = []
  /** Default file names the save dialogs were shown with. */
  readonly suggestedNames: string[] = []

  constructor(private readonly saveFolder: string) {}

  async chooseDraftToOpen(): Promise<string | null> {
    return this.openQueue.shift() ?? null
  }

  async chooseDraftSavePath(defaultFileName: string): Promise<string | null> {
    this.suggestedNames.push(defaultFileName)
    if (this.saveQueue.length > 0) return this.saveQueue.shift() ?? null
    return join(this.saveFolder, defaultFileName)
  }

  /** Export dialogs (DOCX, HTML) put the file in the save folder under the suggested name. */
  readonly exportNames: Array<[ExportFormat, string]> = []

  async chooseExportPath(format: ExportFormat, defaultFileName: string): Promise<string | null> {
    this.exportNames.push([format, defaultFileName])
    return join(this.saveFolder, defaultFileName)
  }

  /** Files the next "Chèn văn bản từ tệp .txt…" dialogs return, in order; empty means cancel. */
  textOpenQueue: string[] = []

  async chooseTextFileToOpen(): Promise<string | null> {
    return this.textOpenQueue.shift() ?? null
  }

  /** Paths the next "Nhập danh bạ" open dialogs return, in order; empty means the officer cancels. */
  csvOpenQueue: string[] = []

  async choosePeopleCsvToOpen(): Promise<string | null> {
    return this.csvOpenQueue.shift() ?? null
  }
}
