/** What both exporters tell the officer when they keep a refused link's words as plain text. */
export function refusedLinkMessage(raw: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw
  return `Đã bỏ một liên kết không an toàn hoặc không hợp lệ ("${shown}"); chữ của liên kết vẫn giữ nguyên.`
}
