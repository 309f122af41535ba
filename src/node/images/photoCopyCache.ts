import type { PhotoCopy } from '@shared/images/photoCopy'
import type { Report } from '@shared/model/report'
import { photoDigest, type KeyedCopy } from './copyStore'

/** Enough for the web and print copies of about a hundred camera photos. */
const DEFAULT_BUDGET_BYTES = 96 * 1024 * 1024

/**
 * The photo copies main keeps between exports (each export runs in a fresh worker, which would
 * otherwise decode and re-encode every photo again): least recently used first out, within a byte
 * budget. Jobs get the copies of their report's photos and send back the ones they made.
 */
export class PhotoCopyCache {
  /** In order of last use, oldest first. */
  private readonly copies = new Map<string, PhotoCopy>()
  private bytes = 0

  constructor(private readonly budgetBytes = DEFAULT_BUDGET_BYTES) {}

  /** The kept copies of the report's photos, by the digests of their bytes. */
  async forReport(report: Report): Promise<KeyedCopy[]> {
    if (this.copies.size === 0) return []
    const digests = new Set(await Promise.all(Object.values(report.assets).map((a) => photoDigest(a.data))))
    const found: KeyedCopy[] = []
    for (const [key, copy] of this.copies)
      if (digests.has(key.slice(0, key.indexOf(':')))) found.push([key, copy])
    for (const [key, copy] of found) {
      this.copies.delete(key)
      this.copies.set(key, copy)
    }
    return found
  }

  /** Keeps what a job made, dropping the longest unused copies past the budget. */
  keep(made: readonly KeyedCopy[]): void {
    for (const [key, copy] of made) {
      const old = this.copies.get(key)
      if (old) this.bytes -= old.bytes.byteLength
      this.copies.delete(key)
      if (copy.bytes.byteLength > this.budgetBytes) continue
      this.copies.set(key, copy)
      this.bytes += copy.bytes.byteLength
    }
    for (const [key, copy] of this.copies) {
      if (this.bytes <= this.budgetBytes) break
      this.copies.delete(key)
      this.bytes -= copy.bytes.byteLength
    }
  }

  /** How many copies and bytes are kept (for tests and the bench). */
  get size(): { copies: number; bytes: number } {
    return { copies: this.copies.size, bytes: this.bytes }
  }
}
