import { basename, extname } from 'node:path'
import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract'
import { DRAFT_EXTENSION } from '../../shared/model/report'
import { suggestFileName } from '../../shared/text/fileName'
import { DocSessions } from '../services/docSessions'
import { readDraftFile, writeDraftFile } from '../services/draftFiles'
import { nodeFileSystem, type FileSystem } from '../services/fileSystem'
import { SaveError } from '../services/saveErrors'
import type { DialogPort } from './ports'

export interface DraftHandlerDeps {
  dialogs: DialogPort
  sessions: DocSessions
  fs?: FileSystem
  now?: () => Date
  /** Called after a successful open or save (recent files, window title). */
  onFileUsed?: (path: string) => void
}

function withExtension(path: string): string {
  return extname(path).toLowerCase() === DRAFT_EXTENSION ? path : path + DRAFT_EXTENSION
}

export function createDraftHandlers(deps: DraftHandlerDeps) {
  const fs = deps.fs ?? nodeFileSystem
  const now = deps.now ?? (() => new Date())

  async function saveTo(
    path: string,
    token: string | null,
    report: IpcRequest<'saveDraft'>['report'],
  ): Promise<IpcResponses['saveDraft']> {
    try {
      const saved = { ...report, updatedAt: now().toISOString() }
      const st = await writeDraftFile(path, saved, fs)
      const session = { path, ...st }
      const docToken =
        token && deps.sessions.get(token)?.path === path ? token : deps.sessions.create(session)
      deps.sessions.update(docToken, session)
      deps.onFileUsed?.(path)
      return { ok: true, docToken, fileName: basename(path), savedAt: saved.updatedAt }
    } catch (error) {
      const message = error instanceof SaveError ? error.message : `Không lưu được: ${String(error)}`
      return { ok: false, message }
    }
  }

  return {
    async openDraft(): Promise<IpcResponses['openDraft']> {
      const path = await deps.dialogs.chooseDraftToOpen()
      if (!path) return { ok: false, canceled: true }
      const read = await readDraftFile(path, fs)
      if (!read.ok) return { ok: false, message: read.message }
      const docToken = deps.sessions.create({ path, mtimeMs: read.mtimeMs, size: read.size })
      deps.onFileUsed?.(path)
      return {
        ok: true,
        docToken,
        fileName: basename(path),
        report: read.report,
        migratedFrom: read.migratedFrom,
      }
    },

    async saveDraft(request: IpcRequest<'saveDraft'>): Promise<IpcResponses['saveDraft']> {
      const session = deps.sessions.get(request.docToken)
      if (!session) return this.saveDraftAs(request)
      return saveTo(session.path, request.docToken, request.report)
    },

    async saveDraftAs(request: IpcRequest<'saveDraftAs'>): Promise<IpcResponses['saveDraftAs']> {
      const chosen = await deps.dialogs.chooseDraftSavePath(suggestFileName(request.report, DRAFT_EXTENSION))
      if (!chosen) return { ok: false, canceled: true }
      return saveTo(withExtension(chosen), null, request.report)
    },
  }
}
