import { createHash } from 'node:crypto'
import { hostname } from 'node:os'
import { errnoCode } from './saveErrors'

/**
 * A temp file older than this is stale whoever wrote it. A save or an export writes its temps in
 * seconds (minutes on a slow USB stick) and renames them at once, so a day leaves a wide margin for
 * slow disks and for clocks that disagree between two machines on a shared folder, while a leftover
 * of another machine (whose process cannot be asked) or of an earlier version still goes the next day.
 */
export const STALE_TEMP_AGE_MS = 24 * 60 * 60 * 1000

/**
 * A short id of this machine: the hash of its name (case-folded, as Windows names are). Stored in
 * the temp name so that a temp on a shared stick or folder is only judged by pid on the machine that
 * wrote it; another machine's pid numbers mean nothing here.
 */
export const HOST_ID = createHash('sha256').update(hostname().toLowerCase()).digest('hex').slice(0, 8)

/** The owner part of a temp name: `<pid>-<host id>`. */
export function ownerTag(pid: number = process.pid, host: string = HOST_ID): string {
  return `${pid}-${host}`
}

interface TempOwner {
  pid: number
  host: string
}

// `.<stem>.<pid>-<host>-<random>.soantin-tmp`; temps of earlier versions (`.<stem>.<random>…`) have no owner.
const OWNED = /\.(\d{1,10})-([0-9a-f]{8})-[0-9a-f]{12}\.soantin-tmp$/

/** Who wrote a temp file, from its name; null for names without an owner (earlier versions). */
export function tempOwner(name: string): TempOwner | null {
  const match = OWNED.exec(name)
  return match ? { pid: Number(match[1]), host: match[2]! } : null
}

/** Whether a process with this pid runs on this machine. EPERM: it runs, as another user. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) !== 'ESRCH'
  }
}

/**
 * Whether a temp file (not one this process is writing: the caller checks that first) can go: it is
 * older than `STALE_TEMP_AGE_MS`, or it was written on this machine by a process that has ended, or by
 * this very process (an earlier process that had the same pid). A fresh temp of a running process, of
 * another machine, or without an owner in its name is kept.
 */
export function isStaleTemp(name: string, mtimeMs: number, now: number = Date.now()): boolean {
  if (now - mtimeMs > STALE_TEMP_AGE_MS) return true
  const owner = tempOwner(name)
  if (!owner || owner.host !== HOST_ID) return false
  if (owner.pid === process.pid) return true
  return !processRuns(owner.pid)
}
