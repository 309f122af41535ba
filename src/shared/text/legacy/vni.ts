/**
 * VNI-Windows (the `VNI-Times`, `VNI-Helve`… fonts): a vowel is its base letter followed by one mark
 * character, as Windows-1252 shows it (`UÛy ban nhaân daân` for "Ủy ban nhân dân"); a few letters are one
 * character (đ, ơ, ư and the i's). From the published chart, capitals with capital marks.
 */
const TONES = ['', 'ù', 'ø', 'û', 'õ', 'ï'] as const
/** Mark characters after a, e, o: circumflex and its five tones, then breve and its five (a only). */
const HAT = ['â', 'á', 'à', 'å', 'ã', 'ä'] as const
const BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'] as const

/** Unicode letters (no tone, sắc, huyền, hỏi, ngã, nặng) and their VNI spelling, lower case. */
function lowerChart(): Array<readonly [string, string]> {
  const rows: Array<readonly [string, string]> = []
  const tone = (base: string, marks: readonly string[], letters: string) =>
    [...letters].forEach((letter, i) => rows.push([letter, base + (marks[i] ?? '')]))
  tone('a', TONES, 'aáàảãạ')
  tone('a', HAT, 'âấầẩẫậ')
  tone('a', BREVE, 'ăắằẳẵặ')
  tone('e', TONES, 'eéèẻẽẹ')
  tone('e', HAT, 'êếềểễệ')
  tone('o', TONES, 'oóòỏõọ')
  tone('o', HAT, 'ôốồổỗộ')
  tone('ô', TONES, 'ơớờởỡợ')
  tone('u', TONES, 'uúùủũụ')
  tone('ö', TONES, 'ưứừửữự')
  tone('y', TONES, 'yýỳỷỹ')
  rows.push(['ỵ', 'î'], ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'], ['đ', 'ñ'])
  // Plain letters (and í, ì) spell themselves.
  return rows.filter(([letter, spelling]) => letter !== spelling)
}

const LOWER = lowerChart()
const ENCODE = new Map<string, string>()
const DECODE = new Map<string, string>()
for (const [letter, spelling] of LOWER) {
  ENCODE.set(letter, spelling)
  ENCODE.set(letter.toUpperCase(), spelling.toUpperCase())
  DECODE.set(spelling, letter)
  DECODE.set(spelling.toUpperCase(), letter.toUpperCase())
  if (spelling.length === 2) {
    // A capital base with a small mark, as some typists left it: the capital.
    DECODE.set(spelling[0]!.toUpperCase() + spelling[1], letter.toUpperCase())
  }
}

/** VNI text (as Windows shows it) in Unicode, longest spelling first. */
export function decodeVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length;) {
    const pair = DECODE.get(text.slice(i, i + 2))
    if (pair !== undefined) {
      out += pair
      i += 2
      continue
    }
    const char = text[i]!
    out += DECODE.get(char) ?? char
    i++
  }
  return out
}

/** Unicode (NFC) in VNI-Windows. */
export function encodeVni(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) out += ENCODE.get(char) ?? char
  return out
}
