import { basename, dirname, extname } from 'node:path'
import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import { DRAFT_EXTENSION, type Report } from '@shared/model/report'
import { suggestFileName } from '@shared/text/fileName'
import { cleanStaleTempFiles } from '@node/atomicWrite'
import { DocSessions } from '@node/docSessions'
import { diskStateOf, writeDraftFile } from '@node/draftFiles'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { JobStoppedError } from '@node/jobs/jobLimits'
import type { JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'
import type { RecentFiles } from '@node/recentFiles'
import { SaveError } from '@node/saveErrors'
import type { DialogPort } from './ports'
import { describeError, describeErrorEn } from '@shared/text/describeError'
import type { Said } from '@shared/text/said'

interface DraftHandlerDeps {
  dialogs: DialogPort
  sessions: DocSessions
  recent?: RecentFiles
  fs?: FileSystem
  now?: () => Date
  /** Where a draft is read and checked, off main; a worker thread per job when omitted (tests). */
  jobs?: JobPort
  /** Called after a successful open or save (the OS's own recent documents). */
  onFileUsed?: (path: string) => void
}

function withExtension(path: string): string {
  return extname(path).toLowerCase() === DRAFT_EXTENSION ? path : path + DRAFT_EXTENSION
}

function conflictMessage(kind: 'changed' | 'deleted', name: string): Said {
  return kind === 'changed'
    ? {
        vi: `Tệp "${name}" đã bị một chương trình khác thay đổi kể từ lần bạn mở hoặc lưu. Ghi đè sẽ xóa mất những thay đổi đó. Hãy chọn "Lưu thành…" để lưu bản của bạn thành tệp khác, hoặc "Ghi đè" nếu bạn chắc chắn.`,
        en: `"${name}" was changed by another program since you opened or saved it. Overwriting would erase those changes. Choose "Save as…" to save your version as another file, or "Overwrite" if you are sure.`,
      }
    : {
        vi: `Tệp "${name}" đã bị xóa hoặc di chuyển kể từ lần bạn mở hoặc lưu. Hãy chọn "Lưu thành…" để chọn chỗ lưu, hoặc "Lưu lại chỗ cũ" để tạo lại tệp ở vị trí cũ.`,
        en: `"${name}" was deleted or moved since you opened or saved it. Choose "Save as…" to choose a place, or "Save to the old place" to create the file again where it was.`,
      }
}

/** Open, save, save as, recent files and files waiting to be opened; main alone handles paths. */
export function createDraftHandlers(deps: DraftHandlerDeps) {
  const fs = deps.fs ?? nodeFileSystem
  const now = deps.now ?? (() => new Date())
  const jobs = deps.jobs ?? workerJobPort()

  async function noteUsed(path: string): Promise<void> {
    deps.onFileUsed?.(path)
    // The recent list is a convenience: failing to update it never fails an open or a save.
    await deps.recent?.add(path).catch(() => undefined)
  }

  async function openPath(path: string): Promise<IpcResponses['openDraft']> {
    await cleanStaleTempFiles(dirname(path), fs, path)
    // Parsing and checking an untrusted file happens in the worker; a runaway one ends it, not main.
    let read
    try {
      read = await jobs.run({ kind: 'readDraft', path })
    } catch (error) {
      const name = basename(path)
      const stopped = error instanceof JobStoppedError
      return {
        ok: false,
        message: `Không mở được "${name}": ${stopped ? error.message : `lỗi khi đọc: ${describeError(error)}`}`,
        en: `Could not open "${name}": ${stopped ? error.en : `a read error: ${describeErrorEn(error)}`}`,
      }
    }
    if (!read.ok) {
      if (read.code === 'not-found') await deps.recent?.remove(path).catch(() => undefined)
      return { ok: false, message: read.message, en: read.en }
    }
    const docToken = deps.sessions.create({
      path,
      mtimeMs: read.mtimeMs,
      size: read.size,
      sha256: read.sha256,
    })
    await noteUsed(path)
    return {
      ok: true,
      docToken,
      fileName: basename(path),
      report: read.report,
      migratedFrom: read.migratedFrom,
      repaired: read.repaired,
    }
  }

  async function saveTo(
    path: string,
    token: string | null,
    report: Report,
  ): Promise<IpcResponses['saveDraftAs']> {
    try {
      const saved = { ...report, updatedAt: now().toISOString() }
      const stamp = await writeDraftFile(path, saved, fs)
      const session = { path, ...stamp }
      const docToken =
        token && deps.sessions.get(token)?.path === path ? token : deps.sessions.create(session)
      deps.sessions.update(docToken, session)
      await noteUsed(path)
      return { ok: true, docToken, fileName: basename(path), savedAt: saved.updatedAt }
    } catch (error) {
      if (error instanceof SaveError) return { ok: false, message: error.message, en: error.en }
      const name = basename(path)
      return {
        ok: false,
        message: `Không lưu được "${name}": ${describeError(error)}`,
        en: `"${name}" was not saved: ${describeErrorEn(error)}`,
      }
    }
  }

  async function saveDraftAs(request: IpcRequest<'saveDraftAs'>): Promise<IpcResponses['saveDraftAs']> {
    const chosen = await deps.dialogs.chooseDraftSavePath(suggestFileName(request.report, DRAFT_EXTENSION))
    if (!chosen) return { ok: false, canceled: true }
    return saveTo(withExtension(chosen), request.docToken, request.report)
  }

  return {
    async openDraft(): Promise<IpcResponses['openDraft']> {
      const path = await deps.dialogs.chooseDraftToOpen()
      if (!path) return { ok: false, canceled: true }
      return openPath(path)
    },

    async openPendingFile(): Promise<IpcResponses['openPendingFile']> {
      const path = deps.sessions.takePendingOpen()
      if (!path) return { ok: false, canceled: true }
      return openPath(path)
    },

    async listRecentFiles(): Promise<IpcResponses['listRecentFiles']> {
      return (await deps.recent?.list()) ?? []
    },

    async openRecentFile({ id }: IpcRequest<'openRecentFile'>): Promise<IpcResponses['openRecentFile']> {
      const path = await deps.recent?.resolve(id)
      if (!path)
        return {
          ok: false,
          message: 'Tệp này không còn trong danh sách tệp gần đây.',
          en: 'This file is no longer in the recent files list.',
        }
      const result = await openPath(path)
      return result.ok || !result.canceled ? result : { ok: false, message: 'Đã hủy.', en: 'Canceled.' }
    },

    /**
     * Saves to the open file. Before overwriting, checks that no other program changed or removed it
     * since it was opened or saved; if one did, nothing is written and the officer chooses.
     */
    async saveDraft(request: IpcRequest<'saveDraft'>): Promise<IpcResponses['saveDraft']> {
      const session = deps.sessions.get(request.docToken)
      if (!session) return saveDraftAs(request)
      if (!request.overwrite) {
        const state = await diskStateOf(session.path, session, fs).catch(() => 'unchanged' as const)
        if (state !== 'unchanged') {
          const said = conflictMessage(state, basename(session.path))
          return { ok: false, conflict: state, message: said.vi, en: said.en }
        }
      }
      return saveTo(session.path, request.docToken, request.report)
    },

    saveDraftAs,
  }
}
