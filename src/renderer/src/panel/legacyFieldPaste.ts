import type { ClipboardEvent } from 'react'
import { convertLegacy } from '@shared/text/legacy/convertLegacy'
import { detectLegacyEncoding, type LegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'

/**
 * A paste into one of the panel's boxes (title, chair, a bridge point…) of TCVN3 or VNI text goes in
 * converted to Unicode, as in the body. Typed in with `insertText`, so the box's own Ctrl+Z and
 * React's change event work as for any paste. Returns the encoding when it converted.
 */
export function legacyFieldPaste(event: ClipboardEvent<HTMLElement>): LegacyEncoding | null {
  const target = event.target
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return null
  const text = event.clipboardData.getData('text/plain')
  const detection = text ? detectLegacyEncoding(text) : null
  if (!detection) return null
  event.preventDefault()
  document.execCommand('insertText', false, convertLegacy(text, detection.encoding))
  return detection.encoding
}
