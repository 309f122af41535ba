import type { RecoverableReport } from '@shared/ipc/contract'
import { basename, join } from 'node:path'
import { z } from '@shared/model/zodLocale'
import { reportSchema, type Report } from '@shared/model/report'
import { deepNfc } from '@shared/text/normalize'
import { cleanStaleTempFiles, writeFileAtomic } from './atomicWrite'
import type { DocSession } from './docSessions'
import { readDraftFile } from './draftFiles'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { changeSize, reportPlainText } from './recoveryChangeSize'
import { errnoCode } from './saveErrors'

const BACKUP_EXTENSION = '.soantin-backup'
const BACKUP_ID = /^[A-Za-z0-9_-]{8,64}$/

const backupSchema = z.object({
  format: z.literal('soantin-backup'),
  version: z.literal(1),
  backupId: z.string().regex(BACKUP_ID),
  savedAt: z.iso.datetime(),
  /** The file the report was opened from or saved to, as main knew it; null for a never-saved report. */
  source: z
    .object({ path: z.string(), mtimeMs: z.number(), size: z.number(), sha256: z.string() })
    .nullable(),
  report: reportSchema,
})
type Backup = z.infer<typeof backupSchema>

/** One report that can be brought back after a crash, as the start screen lists it. */
type Recoverable = RecoverableReport

/** A backup sent without its photos, when main no longer holds the previous ones. */
export class MissingAssetsError extends Error {
  constructor() {
    super('Bản sao lưu trước không còn ảnh để dùng lại.')
    this.name = 'MissingAssetsError'
  }
}

/**
 * Backups of unsaved edits in the user data folder, one atomically written file per open report.
 * Takes its folder and clock as arguments so tests run it on real temp folders with a fixed time.
 */
export class RecoveryStore {
  private readonly queues = new Map<string, Promise<void>>()
  /** The photos of each backup last written, so the renderer need not send them on every pause. */
  private readonly assets = new Map<string, Report['assets']>()

  constructor(
    readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  static isBackupId(id: string): boolean {
    return BACKUP_ID.test(id)
  }

  private pathFor(backupId: string): string {
    if (!RecoveryStore.isBackupId(backupId)) throw new Error(`Mã bản sao lưu không hợp lệ: ${backupId}`)
    return join(this.dir, `${backupId}${BACKUP_EXTENSION}`)
  }

  /** Operations on one backup run in order, so a discard always lands after the write before it. */
  private enqueue<T>(backupId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(backupId) ?? Promise.resolve()
    const run = previous.then(task)
    const settled = run.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(backupId, settled)
    void settled.then(() => {
      if (this.queues.get(backupId) === settled) this.queues.delete(backupId)
    })
    return run
  }

  /**
   * Writes (or replaces) the backup of one open report; returns the time recorded. With `reuseAssets`,
   * `report.assets` is ignored and the photos of this backup's previous write are kept.
   */
  write(backupId: string, report: Report, source: DocSession | null, reuseAssets = false): Promise<string> {
    const path = this.pathFor(backupId)
    return this.enqueue(backupId, async () => {
      let assets = report.assets
      if (reuseAssets) {
        const kept = this.assets.get(backupId) ?? (await this.readNow(backupId))?.report.assets
        if (!kept) throw new MissingAssetsError()
        assets = kept
      }
      const savedAt = this.clock().toISOString()
      const full = { ...report, assets }
      const backup: Backup = { format: 'soantin-backup', version: 1, backupId, savedAt, source, report: full }
      await this.fs.mkdir(this.dir)
      await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(deepNfc(backup))), this.fs)
      this.assets.set(backupId, assets)
      return savedAt
    })
  }

  /** Removes one backup (after a save, a "don't save" or a clean close); a missing one is fine. */
  discard(backupId: string): Promise<void> {
    const path = this.pathFor(backupId)
    return this.enqueue(backupId, async () => {
      this.assets.delete(backupId)
      await this.fs.unlink(path).catch((error: unknown) => {
        if (errnoCode(error) !== 'ENOENT') throw error
      })
    })
  }

  /** One backup, or null when it is gone or unreadable. */
  async read(backupId: string): Promise<Backup | null> {
    await this.queues.get(backupId)
    return this.readNow(backupId)
  }

  private async readNow(backupId: string): Promise<Backup | null> {
    const path = this.pathFor(backupId)
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(path))
      const parsed = backupSchema.safeParse(deepNfc(JSON.parse(text)))
      return parsed.success && parsed.data.backupId === backupId ? parsed.data : null
    } catch {
      return null
    }
  }

  /** Backup ids on disk, oldest file name order aside: the caller sorts what it shows. */
  async ids(): Promise<string[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.dir)
    } catch {
      return []
    }
    return names
      .filter((n) => n.endsWith(BACKUP_EXTENSION))
      .map((n) => n.slice(0, -BACKUP_EXTENSION.length))
      .filter((id) => RecoveryStore.isBackupId(id))
  }

  /**
   * Every report that can be recovered, newest first. A backup identical to its file on disk, or of
   * a never-saved report with nothing in it, holds no work and is removed on the way. Unreadable
   * backups are left on disk untouched and not listed.
   */
  async list(exclude: string | null = null): Promise<Recoverable[]> {
    await cleanStaleTempFiles(this.dir, this.fs)
    const found: Recoverable[] = []
    for (const backupId of await this.ids()) {
      if (backupId === exclude) continue
      const backup = await this.read(backupId)
      if (!backup) continue
      const item = await this.describe(backup)
      if (item) found.push(item)
      else await this.discard(backupId)
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  private async describe(backup: Backup): Promise<Recoverable | null> {
    const text = reportPlainText(backup.report)
    let baseText = ''
    let fileMissing = false
    if (backup.source) {
      const onDisk = await readDraftFile(backup.source.path, this.fs)
      if (onDisk.ok) {
        if (sameContent(onDisk.report, backup.report)) return null
        baseText = reportPlainText(onDisk.report)
      } else fileMissing = onDisk.code === 'not-found'
    } else if (!text.trim() && Object.keys(backup.report.assets).length === 0) return null
    return {
      backupId: backup.backupId,
      title: backup.report.fields.title.trim(),
      fileName: backup.source ? basename(backup.source.path) : null,
      savedAt: backup.savedAt,
      changedChars: changeSize(baseText, text),
      fileMissing,
    }
  }
}

function sameContent(a: Report, b: Report): boolean {
  const content = (r: Report) => JSON.stringify([r.fields, r.body, r.assets, r.templateId])
  return content(a) === content(b)
}
