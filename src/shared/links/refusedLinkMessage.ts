import type { Said } from '../text/said'
import { stripInvisibleControls } from '../text/stripInvisibleControls'

/** What both exporters tell the officer when they keep a refused link's words as plain text. */
export function refusedLinkMessage(raw: string): Said {
  // A bidi override in the target would otherwise reverse the rest of the message too.
  const visible = stripInvisibleControls(raw)
  const shown = visible.length > 60 ? `${visible.slice(0, 60)}…` : visible
  return {
    vi: `Đã bỏ một liên kết không an toàn hoặc không hợp lệ ("${shown}"); chữ của liên kết vẫn giữ nguyên.`,
    en: `Dropped an unsafe or invalid link ("${shown}"); the link's words are kept.`,
  }
}
