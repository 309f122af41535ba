import { stripInvisibleControls } from './stripInvisibleControls'

// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g

/** The two noncharacters at the end of each of the 17 Unicode planes (U+FFFE, U+1FFFF, ...). */
const PLANE_END_NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => {
  const p = plane.toString(16)
  return `\\u{${p}fffe}\\u{${p}ffff}`
}).join('')

/**
 * Code points HTML and Word reject: C0 controls but tab and newline, DEL, C1 controls, noncharacters
 * and lone surrogates (in a `u` regex a surrogate range only matches unpaired halves).
 */
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef${PLANE_END_NONCHARACTERS}]+|[\\ud800-\\udfff]`,
  'gu',
)

/**
 * What becomes of line ends: `keepLines` leaves them as "\n" for the exporter to render as a line
 * break (body text); `linesAsSpaces` turns each into a space (Word attribute values such as alt text);
 * `oneLine` collapses every run of white space to one space and trims (titles, metadata, alt text).
 */
type LineEnds = 'keepLines' | 'linesAsSpaces' | 'oneLine'

/**
 * Text as every exporter (DOCX and HTML) writes it: invisible format controls removed (see
 * `stripInvisibleControls`; before NFC, which they would otherwise block), NFC, line-ending controls
 * (CR, the vertical tab Word uses for a manual line break, form feed, U+2028/2029) turned into "\n",
 * and other code points HTML and Word reject removed. A removed run of the latter between two
 * non-spaces becomes a space, so words never merge. `lineEnds` then says what becomes of the line ends.
 */
export function cleanText(text: string, lineEnds: LineEnds = 'keepLines'): string {
  const clean = stripInvisibleControls(text)
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(FORBIDDEN, (run: string, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? ' '
      const after = whole[offset + run.length] ?? ' '
      return /\s/.test(before) || /\s/.test(after) ? '' : ' '
    })
  if (lineEnds === 'linesAsSpaces') return clean.replace(/\n/g, ' ')
  if (lineEnds === 'oneLine') return clean.replace(/\s+/g, ' ').trim()
  return clean
}
