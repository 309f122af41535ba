import { webcrypto } from 'node:crypto'
import type { PhotoCopy } from '@shared/images/photoCopy'

/** A photo copy as it crosses the worker boundary: its key (photo digest, width, quality) and bytes. */
export type KeyedCopy = [key: string, copy: PhotoCopy]

/**
 * Copies made by earlier exports, by the photo's SHA-256 and the copy's width and quality: a photo
 * changed under the same id has another digest, so a copy can never stand for another picture.
 */
export interface CopyStore {
  get(key: string): PhotoCopy | undefined
  set(key: string, copy: PhotoCopy): void
}

/**
 * The digest a photo's copies are kept under: of its stored base64 text, what the draft holds. Off
 * the calling thread (Web Crypto), so main hashing a report's photos does not stall the window.
 */
export async function photoDigest(data: string): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', Buffer.from(data, 'latin1'))
  return Buffer.from(digest).toString('base64url')
}

export const copyKey = (digest: string, width: number, quality: number) => `${digest}:${width}:${quality}`

/** A store seeded with what main sent, keeping apart what this job made, to send back. */
export function jobCopyStore(known: readonly KeyedCopy[] = []): CopyStore & { made: KeyedCopy[] } {
  const copies = new Map(known)
  const made: KeyedCopy[] = []
  return {
    made,
    get: (key) => copies.get(key),
    set(key, copy) {
      copies.set(key, copy)
      made.push([key, copy])
    },
  }
}
