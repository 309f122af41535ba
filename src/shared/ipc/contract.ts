import { z } from '../model/zodLocale'
import type { Said } from '../text/said'
import type { TextFileEncoding } from '../model/decodeTextFile'
import { MAX_LINK_LENGTH } from '../links/linkPolicy'
import { reportSchema, type Report } from '../model/report'
import { personSchema } from '../model/person'
import { directoryEntrySchema, MAX_PEOPLE_TEXT, type PersonRecord } from '../people/people'
import { settingsSchema, type Settings } from '../settings/settings'
import { templateSchema, type LoadedTemplate } from '../templates/templateSchema'
import { USER_DICTIONARY_LIMITS, userWordSchema } from '../spell/userDictionary'

/** Opaque handle main gives the renderer for an open file; the renderer never sees or sends paths. */
const docTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** Opaque handle to a file main exported, for "Mở tệp" / "Mở thư mục"; the path stays in main. */
const exportTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** The renderer's id for the backup of the report it has open (it makes one per loaded report). */
const backupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** Opaque id of an entry of the recent-files list main gave out. */
const recentIdSchema = z.string().regex(/^[a-f0-9]{24}$/)

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
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'find',
  'replace',
  'shortcuts',
  'applyToneStyle',
  'insertTextFile',
  'prepublicationCheck',
  'peopleDirectory',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The languages of the interface; main follows the renderer's choice for the menu. */
export const UI_LANGUAGES = ['vi', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

export interface AppInfo {
  name: string
  version: string
  platform: string
  locale: string
}

/**
 * `en` is main's English for the message; the IPC boundary puts it in `message` or drops it, and
 * gives both in `said`, so a message kept on screen (the status bar) follows a language switch.
 */
export type Failure = { ok: false; canceled?: false; message: string; en?: string; said?: Said }
export type Canceled = { ok: false; canceled: true }

export interface OpenedDraft {
  ok: true
  docToken: string
  fileName: string
  report: Report
  /** Set when the file was in an older format and was migrated in memory (the disk keeps it as is). */
  migratedFrom: number | null
  /** Links pointing nowhere and unusable attributes dropped while reading (the disk keeps them). */
  repaired: number
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
  en?: string
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
  /** Notes on what was worked around (a broken photo became a placeholder, ...). */
  warnings: string[]
  /** Main's English for `warnings`; the IPC boundary puts it in `warnings` or drops it. */
  warningsEn?: string[]
}

/** An HTML export written where the officer chose (main shows the save dialog). */
export interface ExportedHtml {
  ok: true
  /** For "Mở tệp" / "Mở thư mục" through `openExport`, as after a DOCX export. */
  exportToken: string
  fileName: string
  /** Images written beside the page (0 when they are embedded). */
  imageCount: number
  /** Notes on what could not be exported as is (missing photos, dropped links). */
  warnings: string[]
  warningsEn?: string[]
}

/** A call of the contract: its channel and the schema of its payload, or `null` when it takes none. */
interface CallEntry {
  channel: string
  request: z.ZodType | null
}

/**
 * The one IPC contract: each entry is a named API function, its channel and the schema main uses to
 * validate the renderer's payload (`request: null`: the function takes no argument and main refuses
 * any payload). Responses are typed in `IpcResponses`.
 */
export const IPC = {
  getAppInfo: { channel: 'app:get-info', request: null },
  /** The interface switched language (or started): main rebuilds the menu in it. */
  setUiLanguage: { channel: 'app:set-ui-language', request: z.object({ language: z.enum(UI_LANGUAGES) }) },
  openDraft: { channel: 'draft:open', request: null },
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
  openExternal: {
    channel: 'shell:open-external',
    request: z.object({ url: z.string().max(MAX_LINK_LENGTH) }),
  },
  listTemplates: { channel: 'templates:list', request: null },
  /** "Lưu làm mẫu": the template the renderer made from the report (no photos); main checks it again. */
  saveAsTemplate: { channel: 'templates:save-user', request: z.object({ template: templateSchema }) },
  getSettings: { channel: 'settings:get', request: null },
  saveSettings: { channel: 'settings:save', request: z.object({ settings: settingsSchema }) },
  listPeople: { channel: 'people:list', request: null },
  rememberPeople: {
    channel: 'people:remember',
    request: z.object({ people: z.array(personSchema).max(500) }),
  },
  /** The people directory dialog: add (`original` null) or change the person named `original`. */
  savePerson: {
    channel: 'people:save',
    request: z.object({ original: z.string().max(MAX_PEOPLE_TEXT).nullable(), person: directoryEntrySchema }),
  },
  deletePeople: {
    channel: 'people:delete',
    request: z.object({ names: z.array(z.string().max(MAX_PEOPLE_TEXT)).min(1).max(5000) }),
  },
  /** Entries of one person become the one named `keep`. */
  mergePeople: {
    channel: 'people:merge',
    request: z.object({
      names: z.array(z.string().max(MAX_PEOPLE_TEXT)).min(2).max(100),
      keep: z.string().max(MAX_PEOPLE_TEXT),
    }),
  },
  /** Main asks for a CSV file, reads it (bounded) and joins its people to the directory. */
  importPeople: { channel: 'people:import', request: null },
  /** Main asks where to save and writes the directory as CSV for Excel. */
  exportPeople: { channel: 'people:export', request: null },
  listUserWords: { channel: 'spell:list-words', request: null },
  /** "Thêm vào từ điển": words the spell checker is to accept from now on. */
  addUserWords: {
    channel: 'spell:add-words',
    request: z.object({ words: z.array(userWordSchema).min(1).max(USER_DICTIONARY_LIMITS.maxWords) }),
  },
  listRecentFiles: { channel: 'recent:list', request: null },
  openRecentFile: { channel: 'recent:open', request: z.object({ id: recentIdSchema }) },
  openPendingFile: { channel: 'draft:open-pending', request: null },
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
  /** "Chèn văn bản từ tệp .txt…": main asks for the file and sends its text, decoded (bounded size). */
  importTextFile: { channel: 'text:import', request: null },
  /** "Dán" in the right-click menu: the renderer may not read the clipboard itself, main does. */
  readClipboard: { channel: 'clipboard:read', request: null },
  /** Main asks where to save (default name from the meeting date and title) and writes atomically. */
  exportDocx: { channel: 'export:docx', request: z.object({ report: reportSchema }) },
  /** Opens a file exported earlier in its program, or shows it in its folder. */
  openExport: {
    channel: 'export:open',
    request: z.object({ exportToken: exportTokenSchema, target: z.enum(['file', 'folder']) }),
  },
} as const satisfies Record<string, CallEntry>

export type IpcName = keyof typeof IPC

export interface IpcResponses {
  getAppInfo: AppInfo
  setUiLanguage: { ok: true }
  openDraft: OpenedDraft | Canceled | Failure
  saveDraft: SavedDraft | Canceled | SaveConflict | Failure
  saveDraftAs: SavedDraft | Canceled | Failure
  openExternal: { ok: true } | Failure
  /** Every usable template, and one Vietnamese line per template file that was skipped. */
  listTemplates: { ok: true; templates: LoadedTemplate[]; problems: string[]; problemsEn?: string[] }
  saveAsTemplate: { ok: true; template: LoadedTemplate } | Failure
  getSettings: { ok: true; settings: Settings; warning: string | null; warningEn?: string }
  saveSettings: { ok: true; settings: Settings } | Failure
  listPeople: { ok: true; people: PersonRecord[]; warning: string | null; warningEn?: string }
  rememberPeople: { ok: true; people: PersonRecord[] } | Failure
  savePerson: { ok: true; people: PersonRecord[] } | Failure
  deletePeople: { ok: true; people: PersonRecord[] } | Failure
  mergePeople: { ok: true; people: PersonRecord[] } | Failure
  importPeople: { ok: true; people: PersonRecord[]; added: number; updated: number } | Canceled | Failure
  exportPeople: { ok: true; fileName: string; count: number } | Canceled | Failure
  importTextFile:
    { ok: true; fileName: string; text: string; encoding: TextFileEncoding } | Canceled | Failure
  listUserWords: { ok: true; words: string[]; warning: string | null; warningEn?: string }
  addUserWords: { ok: true; words: string[] } | Failure
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
  copyForWeb: { ok: true; warnings: string[]; warningsEn?: string[] } | Failure
  readClipboard: { ok: true; html: string; text: string } | Failure
  exportDocx: ExportedDocx | Canceled | Failure
  openExport: { ok: true } | Failure
}

type RequestSchema<K extends IpcName> = (typeof IPC)[K]['request']

export type IpcRequest<K extends IpcName> =
  RequestSchema<K> extends z.ZodType ? z.infer<RequestSchema<K>> : never

/** One call as the renderer makes it and main's handler answers it: no argument when it takes none. */
export type IpcCall<K extends IpcName> =
  RequestSchema<K> extends z.ZodType
    ? (request: IpcRequest<K>) => Promise<IpcResponses[K]>
    : () => Promise<IpcResponses[K]>

/** One progress step of an export: `done` of `total` steps (the report's blocks, then packing). */
export const exportProgressSchema = z.object({
  format: z.enum(['docx', 'html']),
  done: z.number().int().min(0),
  total: z.number().int().min(1),
})
export type ExportProgress = z.infer<typeof exportProgressSchema>

/**
 * The events main sends the renderer: each is a channel and the schema of its payload. Main sends them
 * through `sendEvent`; the renderer gets one `on<Event>` function per entry (`onMenuCommand`, ...),
 * which checks each payload before a listener sees it.
 */
export const EVENTS = {
  menuCommand: { channel: 'menu:command', payload: z.enum(MENU_COMMANDS) },
  /** Progress of the export main is running, so the renderer can show a real percentage. */
  exportProgress: { channel: 'export:progress', payload: exportProgressSchema },
} as const satisfies Record<string, { channel: string; payload: z.ZodType }>

export type EventName = keyof typeof EVENTS
export type EventChannel = (typeof EVENTS)[EventName]['channel']
/** Each event's payload, as its schema gives it. */
export type SoanTinEvents = { [K in EventName]: z.infer<(typeof EVENTS)[K]['payload']> }

/** The renderer's function for an event: `menuCommand` → `onMenuCommand` (see `eventListenerName`). */
export type EventListenerName<K extends EventName> = `on${Capitalize<K>}`

export type SoanTinApi = { [K in IpcName]: IpcCall<K> } & {
  /** Subscribes to one event; returns the unsubscribe function. */
  [K in EventName as EventListenerName<K>]: (listener: (payload: SoanTinEvents[K]) => void) => () => void
}
