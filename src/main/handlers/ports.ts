/** What handlers need from the desktop shell; Electron provides it in the app, tests provide fakes. */
export interface DialogPort {
  chooseDraftToOpen(): Promise<string | null>
  chooseDraftSavePath(defaultFileName: string): Promise<string | null>
  /**
   * The save dialog for an export (`html`, `docx`), filtered to that format. Optional so older fakes
   * still compile; without it an export answers with a message instead of a dialog.
   */
  chooseExportPath?(format: ExportFormat, defaultFileName: string): Promise<string | null>
  /** The open dialog for a CSV file of people to import into the directory. Optional as above. */
  choosePeopleCsvToOpen?(): Promise<string | null>
  /** The open dialog for a plain-text file whose text goes into the report. Optional as above. */
  chooseTextFileToOpen?(): Promise<string | null>
}

/** Formats the app exports to (`csv`: the people directory); each has its own save dialog filter. */
export type ExportFormat = 'html' | 'docx' | 'csv'

/** Said when the app runs without a clipboard (tests that never copy). */
export const CLIPBOARD_UNAVAILABLE = {
  ok: false as const,
  message: 'Không truy cập được bộ nhớ tạm của hệ thống.',
  en: "Could not reach the system's clipboard.",
}

/** The system clipboard, for "Sao chép cho web": HTML for rich paste, plain text beside it. */
export interface ClipboardPort {
  writeHtml(html: string, text: string): void | Promise<void>
  /** What a paste would insert: the HTML flavour ('' if none) and the plain text. */
  read(): { html: string; text: string } | Promise<{ html: string; text: string }>
}

export interface ShellPort {
  openExternal(url: string): Promise<void>
  /** Opens an exported file in its program; rejects with the system's reason. Optional like above. */
  openPath?(path: string): Promise<void>
  /** Shows an exported file selected in the system's file manager. */
  showItemInFolder?(path: string): void
}
