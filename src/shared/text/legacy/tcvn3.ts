/**
 * TCVN 5712:1993 VN3 ("TCVN3", the ABC fonts `.VnTime`, `.VnArial`…): one byte per letter, read by
 * Windows as Windows-1252, so a pasted or opened text shows the byte's Latin-1 character (`§ång` for
 * "Đồng"). From the published chart: the 67 lower-case letters, the seven capital base letters, NBSP.
 * Capitals with a tone mark have no code of their own: the `.Vn…H` fonts draw the lower-case codes as
 * capitals (see `decodeTcvn3Word`). 0xAD (ư) is the soft hyphen, which clipboards may drop.
 */
const CHART: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
]

const DECODE = new Map(CHART.map(([code, letter]) => [String.fromCharCode(code), letter]))
const ENCODE = new Map(CHART.map(([code, letter]) => [letter, String.fromCharCode(code)]))

/** TCVN3 text (as Windows shows its bytes) in Unicode, character by character; capitals not restored. */
export function decodeTcvn3(text: string): string {
  let out = ''
  for (const char of text) out += DECODE.get(char) ?? char
  return out
}

/**
 * Unicode (NFC) in TCVN3, for tests and for officers who must send to an old system. A capital with a
 * tone mark is written with its lower-case code, as the `.Vn…H` fonts expect.
 */
export function encodeTcvn3(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    out += ENCODE.get(char) ?? ENCODE.get(char.toLowerCase()) ?? char
  }
  return out
}

const UPPER_ASCII = /[A-Z]/
const LOWER_ASCII = /[a-z]/

/**
 * One TCVN3 word in Unicode. A word typed in capitals in a `.Vn…H` font has its toned letters as
 * lower-case codes (`HéI` for "HỘI"): when its plain letters are all capitals, so is the word.
 */
export function decodeTcvn3Word(word: string): string {
  const decoded = decodeTcvn3(word)
  const ascii = word.replace(/[^A-Za-z]/g, '')
  const coded = decoded !== word
  return coded && UPPER_ASCII.test(ascii) && !LOWER_ASCII.test(ascii) ? decoded.toUpperCase() : decoded
}
