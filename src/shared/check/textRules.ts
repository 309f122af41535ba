import { detectLegacyEncoding } from '../text/legacy/detectLegacyEncoding'
import { convertLegacy } from '../text/legacy/convertLegacy'
import { englishNumbers } from '../text/vietnameseNumber'
import { finding, type Finding, type RuleId } from './findings'
import { changedRange, excerptOf, type TextSpot } from './textSpots'
import type { Said } from '../text/said'

type Fix = Finding['fix']

function at(spot: TextSpot, rule: RuleId, from: number, to: number, message: Said, fix?: Fix): Finding {
  return finding(rule, spot.place(from, to), message, excerptOf(spot.text, from, to), fix)
}

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' } as const

/** Text that is not NFC (the app stores NFC; a draft from elsewhere may not be). */
function notNfc(spot: TextSpot): Finding[] {
  const range = changedRange(spot.text, spot.text.normalize('NFC'))
  if (!range) return []
  return [
    at(
      spot,
      'not-nfc',
      range.from,
      range.to,
      {
        vi: 'Chữ ở dạng Unicode tổ hợp (NFD): trên web và khi tìm kiếm có thể hiện sai hoặc không tìm thấy.',
        en: 'Letters in decomposed Unicode (NFD): they may show wrongly on the web and escape searches.',
      },
      {
        text: range.text,
        label: { vi: 'Chuyển sang dạng dựng sẵn (NFC)', en: 'Convert to precomposed (NFC)' },
      },
    ),
  ]
}

/** Text still in TCVN3 or VNI: it prints as gibberish in any Unicode font. */
function legacyText(spot: TextSpot): Finding[] {
  const found = detectLegacyEncoding(spot.text)
  if (!found) return []
  const range = changedRange(spot.text, convertLegacy(spot.text, found.encoding))
  if (!range) return []
  const name = ENCODING_NAMES[found.encoding]
  return [
    at(
      spot,
      'legacy-encoding',
      range.from,
      range.to,
      {
        vi: `Chữ có vẻ ở mã cũ ${name}, chưa chuyển sang Unicode: in ra và lên web sẽ thành chữ lạ.`,
        en: `Text seems to be in the old ${name} encoding, not Unicode: it prints and publishes as gibberish.`,
      },
      { text: range.text, label: { vi: 'Chuyển sang Unicode', en: 'Convert to Unicode' } },
    ),
  ]
}

/** "…" standing alone as a word, or "[Người chủ trì]": a template's blank not yet filled in. */
const PLACEHOLDER = /(?<![\p{L}\p{N}])(?:…|\.{3})(?![\p{L}\p{N}])|\[[^\]\n]{1,80}\]/gu
/** An ellipsis ending a clause ("sụt giảm…") belongs to the sentence: it follows a word directly. */
function placeholders(spot: TextSpot): Finding[] {
  const out: Finding[] = []
  for (const m of spot.text.matchAll(PLACEHOLDER)) {
    const before = spot.text[m.index - 1]
    if (m[0].startsWith('…') || m[0].startsWith('.')) {
      if (before !== undefined && !/\s/.test(before)) continue
    }
    out.push(
      at(spot, 'placeholder', m.index, m.index + m[0].length, {
        vi: `Còn chỗ trống của mẫu chưa điền: “${m[0]}”.`,
        en: `A blank of the template is still unfilled: “${m[0]}”.`,
      }),
    )
  }
  return out
}

function numbers(spot: TextSpot): Finding[] {
  return englishNumbers(spot.text).map((n) =>
    at(
      spot,
      'english-number',
      n.from,
      n.to,
      {
        vi: `Số viết theo kiểu tiếng Anh: “${n.text}”; tiếng Việt viết “${n.vietnamese}”.`,
        en: `A number in English form: “${n.text}”; Vietnamese writes “${n.vietnamese}”.`,
      },
      { text: n.vietnamese, label: { vi: `Sửa thành ${n.vietnamese}`, en: `Change to ${n.vietnamese}` } },
    ),
  )
}

const SPACES = /(?<=[^\s\u00a0])[ \u00a0]{2,}(?=[^\s\u00a0])/g
function doubleSpaces(spot: TextSpot): Finding[] {
  return [...spot.text.matchAll(SPACES)].map((m) =>
    at(
      spot,
      'double-space',
      m.index,
      m.index + m[0].length,
      { vi: 'Hai dấu cách liền nhau.', en: 'Two spaces in a row.' },
      { text: ' ', label: { vi: 'Để một dấu cách', en: 'Leave one space' } },
    ),
  )
}

// A space before , . ; : ! ? ) ] ” — but not before the closing mark "./." or an ellipsis "...".
const SPACE_BEFORE = /(?<=[^\s\u00a0])[ \u00a0]+(?=[,;:!?)\]”]|\.(?![./]))/g
function spaceBefore(spot: TextSpot): Finding[] {
  return [...spot.text.matchAll(SPACE_BEFORE)].map((m) => {
    const mark = spot.text[m.index + m[0].length] ?? ''
    return at(
      spot,
      'space-before-punctuation',
      m.index,
      m.index + m[0].length,
      { vi: `Dấu cách trước dấu “${mark}”.`, en: `A space before “${mark}”.` },
      { text: '', label: { vi: 'Bỏ dấu cách', en: 'Remove the space' } },
    )
  })
}

// "a,b", "lưu ý:các", "xong.Tiếp" — but not "1,5", "8:30", "TP.Hạ Long" or "v.v.".
const NO_SPACE_AFTER = /[,;:](?=\p{L})|[.!?](?=\p{Lu}\p{Ll})/gu
function spaceAfter(spot: TextSpot): Finding[] {
  const out: Finding[] = []
  for (const m of spot.text.matchAll(NO_SPACE_AFTER)) {
    const word = /[\p{L}\p{N}]+$/u.exec(spot.text.slice(0, m.index))?.[0] ?? ''
    // An abbreviation in capitals before the dot or colon (TP., TX., PGS.TS.) is written that way.
    if (word && word === word.toUpperCase() && /\p{L}/u.test(word) && m[0] !== ',' && m[0] !== ';') continue
    // A link or an address: no space belongs there.
    if (/\S*(?:https?:\/\/|www\.|@)\S*$/u.test(spot.text.slice(0, m.index))) continue
    out.push(
      at(
        spot,
        'missing-space-after-punctuation',
        m.index,
        m.index + 1,
        { vi: `Thiếu dấu cách sau dấu “${m[0]}”.`, en: `No space after “${m[0]}”.` },
        { text: `${m[0]} `, label: { vi: 'Thêm dấu cách', en: 'Add a space' } },
      ),
    )
  }
  return out
}

const OPENERS: Record<string, string> = { '“': '”', '(': ')', '[': ']' }
const CLOSERS: Record<string, string> = { '”': '“', ')': '(', ']': '[' }

/** Quotes and brackets that open without closing or close without opening, within one paragraph. */
function balance(spot: TextSpot): Finding[] {
  const out: Finding[] = []
  const open: { mark: string; at: number }[] = []
  const text = spot.text
  const report = (mark: string, index: number) => {
    const quote = mark === '“' || mark === '”' || mark === '"'
    out.push(
      at(
        spot,
        quote ? 'unbalanced-quotes' : 'unbalanced-brackets',
        index,
        index + 1,
        quote
          ? {
              vi: `Dấu ngoặc kép “${mark}” không có dấu đóng hoặc mở tương ứng.`,
              en: `The quotation mark “${mark}” has no partner.`,
            }
          : {
              vi: `Dấu ngoặc “${mark}” không có dấu đóng hoặc mở tương ứng.`,
              en: `The bracket “${mark}” has no partner.`,
            },
      ),
    )
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (OPENERS[ch]) open.push({ mark: ch, at: i })
    else if (CLOSERS[ch]) {
      const top = open.at(-1)
      if (top && top.mark === CLOSERS[ch]) open.pop()
      // "a)", "1)" open a list item, with no "(" before them.
      else if (ch === ')' && /(?:^|[\s;:,])[\p{L}\p{N}]{1,3}$/u.test(text.slice(0, i))) continue
      else report(ch, i)
    }
  }
  for (const left of open) report(left.mark, left.at)
  const straight = [...text.matchAll(/"/g)]
  if (straight.length % 2 === 1) report('"', straight.at(-1)!.index)
  return out
}

const TEXT_RULES: ((spot: TextSpot) => Finding[])[] = [
  notNfc,
  placeholders,
  numbers,
  doubleSpaces,
  spaceBefore,
  spaceAfter,
  balance,
]

/** The rules that read one piece of text at a time. */
export function textFindings(spot: TextSpot): Finding[] {
  // Text in an old encoding is one slip: its letters would trip every other rule.
  const legacy = legacyText(spot)
  return legacy.length > 0 ? legacy : TEXT_RULES.flatMap((rule) => rule(spot))
}
