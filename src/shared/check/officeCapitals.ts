import { withToneStyle } from '../text/toneStyle'
import { finding, type Finding } from './findings'
import { OFFICE_NAMES } from './officeNames'
import { excerptOf, type TextSpot } from './textSpots'

// Either tone style: "ủy" or "uỷ".
const OFFICE_PATTERN = new RegExp(
  `(?<!\\p{L})(?:${OFFICE_NAMES.map((n) => n.replace(/ /g, '\\s+').replace(/ủy/g, '(?:ủy|uỷ)')).join('|')})(?!\\p{L})`,
  'giu',
)
/** Which words of a name start with a capital: "Bí thư Huyện ủy" → "Huyện ủy" → "10". */
const caseShape = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => (w === w.toUpperCase() ? 'A' : w[0] === w[0]?.toUpperCase() ? '1' : '0'))
    .join('')
const capitals = (shape: string) => [...shape].filter((c) => c !== '0').length
function withShape(name: string, shape: string): string {
  const words = name.split(/(\s+)/)
  let k = 0
  return words
    .map((w) => {
      if (/^\s+$/.test(w)) return w
      const s = shape[k++]
      if (s === 'A') return w.toLocaleUpperCase('vi')
      const lower = w.toLocaleLowerCase('vi')
      return s === '1' ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower
    })
    .join('')
}

/** An office named with different capitals in one report: the less used spelling is flagged. */
export function officeCapitalFindings(spots: readonly TextSpot[]): Finding[] {
  type Seen = { spot: TextSpot; from: number; text: string; shape: string }
  const byOffice = new Map<string, Seen[]>()
  for (const spot of spots) {
    for (const m of spot.text.matchAll(OFFICE_PATTERN)) {
      const text = m[0]
      // A sentence's first word takes a capital anyway: it says nothing of the name's spelling.
      const before = spot.text.slice(0, m.index).trimEnd()
      if (before === '' || /[.!?:…]$/.test(before)) continue
      const key = withToneStyle(m[0], 'old').toLocaleLowerCase('vi').replace(/\s+/g, ' ')
      const list = byOffice.get(key) ?? []
      list.push({ spot, from: m.index, text, shape: caseShape(m[0]) })
      byOffice.set(key, list)
    }
  }
  const out: Finding[] = []
  for (const seen of byOffice.values()) {
    const counts = new Map<string, number>()
    for (const s of seen) counts.set(s.shape, (counts.get(s.shape) ?? 0) + 1)
    if (counts.size < 2) continue
    // The commoner spelling wins; between equals, the one with capitals (a proper name).
    const [winner] = [...counts].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]))[0]!
    const sample = seen.find((s) => s.shape === winner)!.text
    for (const s of seen.filter((x) => x.shape !== winner)) {
      const fixed = withShape(s.text, winner)
      out.push(
        finding(
          'office-capitalisation',
          s.spot.place(s.from, s.from + s.text.length),
          {
            vi: `“${s.text}” viết hoa khác với “${sample}” ở chỗ khác trong bài.`,
            en: `“${s.text}” is capitalised differently from “${sample}” elsewhere in the report.`,
          },
          excerptOf(s.spot.text, s.from, s.from + s.text.length),
          { text: fixed, label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` } },
        ),
      )
    }
  }
  return out
}
