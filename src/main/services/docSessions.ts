import { randomBytes } from 'node:crypto'

export interface DocSession {
  path: string
  /** mtime and size when last read or written, to notice changes made by another program. */
  mtimeMs: number
  size: number
}

/** Maps the opaque tokens the renderer holds to the paths only main knows. */
export class DocSessions {
  private readonly sessions = new Map<string, DocSession>()

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

  forget(token: string): void {
    this.sessions.delete(token)
  }
}
