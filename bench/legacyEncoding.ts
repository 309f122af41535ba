/**
 * What the old-encoding check costs a paste: detecting TCVN3 or VNI over a 1 MB paste (legacy text,
 * which is then converted, and ordinary Unicode Vietnamese, which is only read), in Node as the
 * renderer's script runs it. Detection reads at most 20,000 words, so its cost stops growing there.
 * Run: npx tsx bench/legacyEncoding.ts
 */
import { convertLegacy } from '@shared/text/legacy/convertLegacy'
import { detectLegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { encodeTcvn3 } from '@shared/text/legacy/tcvn3'
import { encodeVni } from '@shared/text/legacy/vni'
import { readSeedText } from '../tests/fixtures/seedText'
import { median, repeatTimes } from './lib/repeatTimes'

const RUNS = 9
const timed = (work: () => unknown) => median(repeatTimes(work, RUNS))

const seed = readSeedText()
const megabyte = (text: string) => text.repeat(Math.ceil(1_000_000 / text.length)).slice(0, 1_000_000)
const cases = [
  { label: 'Unicode (the seed)', text: megabyte(seed), encoding: null },
  { label: 'TCVN3', text: megabyte(encodeTcvn3(seed)), encoding: 'tcvn3' as const },
  { label: 'VNI-Windows', text: megabyte(encodeVni(seed)), encoding: 'vni' as const },
]
for (const { label, text, encoding } of cases) {
  const found = detectLegacyEncoding(text)?.encoding ?? null
  if (found !== encoding) throw new Error(`${label}: detected ${found}, expected ${encoding}`)
  const detect = timed(() => detectLegacyEncoding(text))
  const convert = encoding ? timed(() => convertLegacy(text, encoding)) : NaN
  console.log(
    `1 MB ${label.padEnd(20)} detect ${detect.toFixed(1).padStart(6)} ms` +
      (encoding ? `   convert ${convert.toFixed(1).padStart(6)} ms` : ''),
  )
}
