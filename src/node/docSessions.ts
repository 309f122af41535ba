import { randomBytes } from 'node:crypto'

/** What main knows about a file on disk when it last read or wrote it. */
export interface DiskStamp {
  mtimeMs: number
  size: number
  /** SHA-256 of the bytes, so a touched but identical file is not taken for a changed one. */
  sha256: string
}

export interface DocSession extends DiskStamp {
  path: string
}

/**
 * Maps the opaque tokens the renderer holds to the paths only main knows, and holds the one file
 * waiting to be opened (from the command line, the OS or the recent-files menu) until the renderer
 * has asked the officer about unsaved changes.
 */
export class DocSessions {
  private readonly sessions = new Map<string, DocSession>()
  private pending: string | null = null

  create(session: DocSession): string {
    const token = randomBytes(12).toString('base64url')
    this.sessions.set(token, session)
    return token
  }

  get(token: string | null): DocSession | undefined {
    return token ? this.sessions.get(token) : undefined
  }

  update(token: string, session: DocSession): void {
    this.sessions.set(token, session)
  }

  /** Remembers a file to open; the latest request wins. */
  queueOpen(path: string): void {
    this.pending = path
  }

  /** The file waiting to be opened, once. */
  takePendingOpen(): string | null {
    const path = this.pending
    this.pending = null
    return path
  }
}
