import type { DialogPort, ExportFormat } from '@main/handlers/ports'

/**
 * A dialog port for export tests: records every export dialog it is asked to show (format and
 * proposed file name) and answers with `answer(proposedName)`, a path or null for "cancelled".
 * It never offers a draft to open or a place to save one.
 */
export class ExportDialogs implements DialogPort {
  readonly asked: Array<[ExportFormat, string]> = []
  constructor(private readonly answer: (defaultFileName: string) => string | null) {}
  async chooseDraftToOpen() {
    return null
  }
  async chooseDraftSavePath() {
    return null
  }
  async chooseExportPath(format: ExportFormat, defaultFileName: string) {
    this.asked.push([format, defaultFileName])
    return this.answer(defaultFileName)
  }
}
