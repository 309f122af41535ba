import { basename } from 'node:path'
import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import type { DocSessions } from '@node/docSessions'
import { MissingAssetsError, type RecoveryStore } from '@node/recoveryStore'
import { toSaveError } from '@node/saveErrors'
import { describeError, describeErrorEn } from '@shared/text/describeError'

/** The window as the close handshake needs it; the app passes its BrowserWindow's, tests a fake. */
export interface WindowPort {
  /** The renderer answered a close request; `proceed` false means the officer chose Hủy. */
  answerClose(proceed: boolean): void
}

interface RecoveryHandlerDeps {
  recovery: RecoveryStore
  sessions: DocSessions
  window?: WindowPort
}

/** Backups of unsaved edits, recovery after a crash, and the window-close handshake. */
export function createRecoveryHandlers(deps: RecoveryHandlerDeps) {
  const { recovery, sessions } = deps
  return {
    async backupDraft({
      backupId,
      docToken,
      report,
      assetsUnchanged,
    }: IpcRequest<'backupDraft'>): Promise<IpcResponses['backupDraft']> {
      try {
        const source = sessions.get(docToken) ?? null
        const savedAt = await recovery.write(backupId, report, source, assetsUnchanged === true)
        return { ok: true, savedAt }
      } catch (error) {
        if (error instanceof MissingAssetsError)
          return { ok: false, message: error.message, needAssets: true }
        const reason = toSaveError(error, 'bản sao lưu tạm')
        return {
          ok: false,
          message: `Không sao lưu tạm được các thay đổi chưa lưu: ${reason.message}`,
          en: `Could not back up the unsaved changes: ${reason.en}`,
        }
      }
    },

    async discardBackup({ backupId }: IpcRequest<'discardBackup'>): Promise<IpcResponses['discardBackup']> {
      try {
        await recovery.discard(backupId)
        return { ok: true }
      } catch (error) {
        return {
          ok: false,
          message: `Không xóa được bản sao lưu tạm: ${describeError(error)}`,
          en: `Could not delete the backup: ${describeErrorEn(error)}`,
        }
      }
    },

    async listRecoverable({
      exclude,
    }: IpcRequest<'listRecoverable'>): Promise<IpcResponses['listRecoverable']> {
      return recovery.list(exclude)
    },

    async restoreBackup({ backupId }: IpcRequest<'restoreBackup'>): Promise<IpcResponses['restoreBackup']> {
      const backup = await recovery.read(backupId)
      if (!backup)
        return {
          ok: false,
          message: 'Bản sao lưu này không còn hoặc đã hỏng, không khôi phục được.',
          en: 'This backup is gone or damaged and cannot be restored.',
        }
      const docToken = backup.source ? sessions.create(backup.source) : null
      return {
        ok: true,
        backupId,
        docToken,
        fileName: backup.source ? basename(backup.source.path) : null,
        report: backup.report,
        savedAt: backup.savedAt,
      }
    },

    /** A clean close: the officer saved or chose not to, so this report's backup goes. */
    async answerClose({
      proceed,
      backupId,
    }: IpcRequest<'answerClose'>): Promise<IpcResponses['answerClose']> {
      if (proceed && backupId) await recovery.discard(backupId).catch(() => undefined)
      deps.window?.answerClose(proceed)
      return { ok: true }
    },
  }
}
