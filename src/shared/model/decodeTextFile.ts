import { otherFileKind } from './otherFileKind'
import type { Said } from '../text/said'

/** A text file may be this large: a report's text, with room to spare; more is not a report. */
export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024

/** Said of a file over {@link MAX_TEXT_FILE_BYTES}, before or after it is read. */
export function textFileTooLarge(size: number): Said {
  const mb = Math.ceil(size / 1024 / 1024)
  const max = MAX_TEXT_FILE_BYTES / 1024 / 1024
  return {
    vi: `Tệp quá lớn (${mb} MB, tối đa ${max} MB) cho một tệp văn bản.`,
    en: `The file is too large (${mb} MB, at most ${max} MB) for a text file.`,
  }
}

export type TextFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

type DecodedText = { ok: true; text: string; encoding: TextFileEncoding } | { ok: false; said: Said }

/**
 * The text of a `.txt` file, whatever wrote it: UTF-8 (with or without a BOM), UTF-16 with its BOM,
 * or else one byte per character as Windows shows it (Windows-1252) — how TCVN3 and VNI files read,
 * for the legacy-encoding conversion to recognise (`§ång chÝ`). Binary files and documents of other
 * kinds are refused with their name.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_TEXT_FILE_BYTES) return { ok: false, said: textFileTooLarge(bytes.length) }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const kind = otherFileKind(bytes)
  if (kind)
    return {
      ok: false,
      said: {
        vi: `Đây không phải tệp văn bản mà là ${kind.vi}.`,
        en: `This is not a text file but ${kind.en}.`,
      },
    }
  if (bytes.includes(0))
    return {
      ok: false,
      said: {
        vi: 'Đây không phải tệp văn bản (có byte 0, dấu hiệu của tệp nhị phân).',
        en: 'This is not a text file (it holds zero bytes, the sign of a binary file).',
      },
    }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' }
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}
