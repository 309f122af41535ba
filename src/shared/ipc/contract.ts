import { z } from '../model/zodLocale'
import { reportSchema, type Report } from '../model/report'
import { isoDateSchema } from '../model/fields'
import { personSchema } from '../model/person'
import type { PersonRecord } from '../people/people'
import { settingsSchema, type Settings } from '../settings/settings'
import { PERIODS, templateIdSchema, type LoadedTemplate } from '../templates/templateSchema'

/** Opaque handle main gives the renderer for an open file; the renderer never sees or sends paths. */
export const docTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** Opaque handle to a file main exported, for "Mở tệp" / "Mở thư mục"; the path stays in main. */
export const exportTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** The renderer's id for the backup of the report it has open (it makes one per loaded report). */
export const backupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** Opaque id of an entry of the recent-files list main gave out. */
export const recentIdSchema = z.string().regex(/^[a-f0-9]{24}$/)

/**
 * Commands main sends the renderer. Besides the menu's: `openPending` (a file from the command line,
 * the OS or the recent-files menu waits in main: ask about unsaved changes, then `openPendingFile`) and
 * `closeRequest` (the window is closing: ask Lưu / Không lưu / Hủy, then answer with `answerClose`).
 */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
  'about',
  'openPending',
  'closeRequest',
  'exportHtml',
  'exportDocx',
  'copyForWeb',
  'nextReport',
  'saveAsTemplate',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface AppInfo {
  name: string
  version: string
  platform: string
  locale: string
}

export type Failure = { ok: false; canceled?: false; message: string }
export type Canceled = { ok: false; canceled: true }

export interface OpenedDraft {
  ok: true
  docToken: string
  fileName: string
  report: Report
  /** Set when the file was in an older format and was migrated in memory (the disk keeps it as is). */
  migratedFrom: number | null
}

export interface SavedDraft {
  ok: true
  docToken: string
  fileName: string
  savedAt: string
}

/** Save refused because another program changed or removed the file since it was opened or saved. */
export interface SaveConflict {
  ok: false
  canceled?: false
  conflict: 'changed' | 'deleted'
  message: string
}

/** True for a save refused because the file changed on disk (Failure alone cannot tell it apart). */
export function isSaveConflict(result: { ok: boolean }): result is SaveConflict {
  return (
    !result.ok && 'conflict' in result && (result.conflict === 'changed' || result.conflict === 'deleted')
  )
}

/** A recent file as the start screen shows it; `id` goes back to `openRecentFile`, never a path. */
export interface RecentFileInfo {
  id: string
  fileName: string
  folder: string
  usedAt: string
  missing: boolean
}

/** A report whose unsaved edits were backed up before a crash. */
export interface RecoverableReport {
  backupId: string
  title: string
  /** The file it belongs to, by name; null when it was never saved. */
  fileName: string | null
  savedAt: string
  /** Characters that differ from the file on disk (or all of them for a never-saved report). */
  changedChars: number
  /** True when it belonged to a file that is no longer there. */
  fileMissing: boolean
}

export interface RestoredDraft {
  ok: true
  /** The renderer keeps backing up under this id, so the next crash finds the same entry. */
  backupId: string
  /** The file it belongs to, when it had one (saving goes there, with the usual change check). */
  docToken: string | null
  fileName: string | null
  report: Report
  savedAt: string
}

/** A DOCX export written where the officer chose: its name (never its path) and a token to open it. */
export interface ExportedDocx {
  ok: true
  exportToken: string
  fileName: string
  /** Vietnamese notes on what was worked around (a broken photo became a placeholder, ...). */
  warnings: string[]
}

/** An HTML export written where the officer chose (main shows the save dialog). */
export interface ExportedHtml {
  ok: true
  /** For "Mở tệp" / "Mở thư mục" through `openExport`, as after a DOCX export. */
  exportToken: string
  fileName: string
  /** Images written beside the page (0 when they are embedded). */
  imageCount: number
  /** Vietnamese notes on what could not be exported as is (missing photos, dropped links). */
  warnings: string[]
}

/**
 * The one IPC contract: each entry is a named API function, its channel and the schema main uses to
 * validate the renderer's payload. Responses are typed in `IpcResponses`.
 */
export const IPC = {
  getAppInfo: { channel: 'app:get-info', request: z.null() },
  openDraft: { channel: 'draft:open', request: z.null() },
  saveDraft: {
    channel: 'draft:save',
    request: z.object({
      docToken: docTokenSchema.nullable(),
      report: reportSchema,
      /** Set after the officer chose to overwrite a file another program changed or removed. */
      overwrite: z.boolean().optional(),
    }),
  },
  saveDraftAs: {
    channel: 'draft:save-as',
    request: z.object({ docToken: docTokenSchema.nullable(), report: reportSchema }),
  },
  openExternal: { channel: 'shell:open-external', request: z.object({ url: z.string().max(2048) }) },
  listTemplates: { channel: 'templates:list', request: z.null() },
  newFromTemplate: {
    channel: 'templates:new-draft',
    request: z.object({
      templateId: templateIdSchema,
      date: isoDateSchema.nullable(),
    }),
  },
  nextReport: { channel: 'templates:next-report', request: z.object({ report: reportSchema }) },
  saveAsTemplate: {
    channel: 'templates:save-user',
    request: z.object({
      report: reportSchema,
      name: z.string().trim().min(1, 'tên mẫu không được để trống').max(120),
      description: z.string().max(400),
      period: z.enum(PERIODS),
    }),
  },
  getSettings: { channel: 'settings:get', request: z.null() },
  saveSettings: { channel: 'settings:save', request: z.object({ settings: settingsSchema }) },
  listPeople: { channel: 'people:list', request: z.null() },
  rememberPeople: {
    channel: 'people:remember',
    request: z.object({ people: z.array(personSchema).max(500) }),
  },
  listRecentFiles: { channel: 'recent:list', request: z.null() },
  openRecentFile: { channel: 'recent:open', request: z.object({ id: recentIdSchema }) },
  openPendingFile: { channel: 'draft:open-pending', request: z.null() },
  backupDraft: {
    channel: 'recovery:backup',
    request: z.object({
      backupId: backupIdSchema,
      docToken: docTokenSchema.nullable(),
      report: reportSchema,
      /**
       * The photos did not change since this backup's last write: `report.assets` is sent empty and main
       * keeps the ones it has, so a pause in typing does not copy megabytes of images each time.
       */
      assetsUnchanged: z.boolean().optional(),
    }),
  },
  discardBackup: { channel: 'recovery:discard', request: z.object({ backupId: backupIdSchema }) },
  listRecoverable: {
    channel: 'recovery:list',
    request: z.object({ exclude: backupIdSchema.nullable() }),
  },
  restoreBackup: { channel: 'recovery:restore', request: z.object({ backupId: backupIdSchema }) },
  answerClose: {
    channel: 'window:answer-close',
    request: z.object({ proceed: z.boolean(), backupId: backupIdSchema.nullable() }),
  },
  exportHtml: {
    channel: 'export:html',
    request: z.object({
      report: reportSchema,
      /** `page`: a standalone .html; `fragment`: the article alone for a portal CMS. */
      form: z.enum(['page', 'fragment']),
      /** Images as files in an ASCII-named folder beside the page, instead of embedded. */
      separateImages: z.boolean(),
    }),
  },
  copyForWeb: { channel: 'export:copy-for-web', request: z.object({ report: reportSchema }) },
  /** Main asks where to save (default name from the meeting date and title) and writes atomically. */
  exportDocx: { channel: 'export:docx', request: z.object({ report: reportSchema }) },
  /** Opens a file exported earlier in its program, or shows it in its folder. */
  openExport: {
    channel: 'export:open',
    request: z.object({ exportToken: exportTokenSchema, target: z.enum(['file', 'folder']) }),
  },
} as const

export type IpcName = keyof typeof IPC

export interface IpcResponses {
  getAppInfo: AppInfo
  openDraft: OpenedDraft | Canceled | Failure
  saveDraft: SavedDraft | Canceled | SaveConflict | Failure
  saveDraftAs: SavedDraft | Canceled | Failure
  openExternal: { ok: true } | Failure
  /** Every usable template, and one Vietnamese line per template file that was skipped. */
  listTemplates: { ok: true; templates: LoadedTemplate[]; problems: string[] }
  newFromTemplate: { ok: true; report: Report } | Failure
  /** `templateFound` is false when the template is gone and the skeleton came from the report itself. */
  nextReport: { ok: true; report: Report; templateFound: boolean } | Failure
  saveAsTemplate: { ok: true; template: LoadedTemplate } | Failure
  getSettings: { ok: true; settings: Settings; warning: string | null }
  saveSettings: { ok: true; settings: Settings } | Failure
  listPeople: { ok: true; people: PersonRecord[]; warning: string | null }
  rememberPeople: { ok: true; people: PersonRecord[] } | Failure
  listRecentFiles: RecentFileInfo[]
  openRecentFile: OpenedDraft | Failure
  /** Canceled when nothing is waiting. */
  openPendingFile: OpenedDraft | Canceled | Failure
  /** `needAssets`: main no longer has this backup's photos; send the backup again with them. */
  backupDraft: { ok: true; savedAt: string } | (Failure & { needAssets?: true })
  discardBackup: { ok: true } | Failure
  listRecoverable: RecoverableReport[]
  restoreBackup: RestoredDraft | Failure
  answerClose: { ok: true }
  exportHtml: ExportedHtml | Canceled | Failure
  /** The CMS fragment is on the clipboard as HTML, with a plain-text version beside it. */
  copyForWeb: { ok: true; warnings: string[] } | Failure
  exportDocx: ExportedDocx | Canceled | Failure
  openExport: { ok: true } | Failure
}

export type IpcRequest<K extends IpcName> = z.infer<(typeof IPC)[K]['request']>

/** Events main sends to the renderer. */
export const MENU_EVENT_CHANNEL = 'menu:command'
/** Progress of the export main is running, so the renderer can show a real percentage. */
export const EXPORT_PROGRESS_CHANNEL = 'export:progress'

/** One progress step of an export: `done` of `total` steps (the report's blocks, then packing). */
export const exportProgressSchema = z.object({
  format: z.enum(['docx', 'html']),
  done: z.number().int().min(0),
  total: z.number().int().min(1),
})
export type ExportProgress = z.infer<typeof exportProgressSchema>

export type SoanTinApi = {
  [K in IpcName]: (request: IpcRequest<K>) => Promise<IpcResponses[K]>
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Progress events of the running export; returns the unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void
}
