import { z } from '../model/zodLocale'
import { reportSchema, type Report } from '../model/report'

/** Opaque handle main gives the renderer for an open file; the renderer never sees or sends paths. */
export const docTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'about'] as const
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

/**
 * The one IPC contract: each entry is a named API function, its channel and the schema main uses to
 * validate the renderer's payload. Responses are typed in `IpcResponses`.
 */
export const IPC = {
  getAppInfo: { channel: 'app:get-info', request: z.null() },
  openDraft: { channel: 'draft:open', request: z.null() },
  saveDraft: {
    channel: 'draft:save',
    request: z.object({ docToken: docTokenSchema.nullable(), report: reportSchema }),
  },
  saveDraftAs: {
    channel: 'draft:save-as',
    request: z.object({ docToken: docTokenSchema.nullable(), report: reportSchema }),
  },
  openExternal: { channel: 'shell:open-external', request: z.object({ url: z.string().max(2048) }) },
} as const

export type IpcName = keyof typeof IPC

export interface IpcResponses {
  getAppInfo: AppInfo
  openDraft: OpenedDraft | Canceled | Failure
  saveDraft: SavedDraft | Canceled | Failure
  saveDraftAs: SavedDraft | Canceled | Failure
  openExternal: { ok: true } | Failure
}

export type IpcRequest<K extends IpcName> = z.infer<(typeof IPC)[K]['request']>

/** Events main sends to the renderer. */
export const MENU_EVENT_CHANNEL = 'menu:command'

export type SoanTinApi = {
  [K in IpcName]: (request: IpcRequest<K>) => Promise<IpcResponses[K]>
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
