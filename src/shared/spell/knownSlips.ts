/**
 * Two-syllable slips where each syllable alone is a real word, so a syllable dictionary (dictionary-vi
 * lists syllables) passes them: the second syllable is flagged only in this pair. Lower case, NFC.
 * Kept short and certain: each left side is never right in a report ("đồng chi" and "báo cao" are
 * left out: "đồng chi trả", "báo cao điểm" are right).
 */
const SLIPS: Readonly<Record<string, string>> = {
  'hội nghi': 'hội nghị',
  'chủ tri': 'chủ trì',
  'cán bô': 'cán bộ',
  'chỉ đao': 'chỉ đạo',
  'kinh tê': 'kinh tế',
  'xã hôi': 'xã hội',
  'ủy bang': 'ủy ban',
  'uỷ bang': 'uỷ ban',
}

/** The fix of the second syllable of the pair `first second`, or null when the pair is no known slip. */
export function knownSlip(first: string, second: string): string | null {
  const pair = `${first} ${second}`.toLocaleLowerCase('vi')
  const fixed = SLIPS[pair]
  if (fixed === undefined) return null
  const fixedSecond = fixed.slice(fixed.indexOf(' ') + 1)
  return second[0] !== undefined && second[0] !== second[0].toLocaleLowerCase('vi')
    ? fixedSecond.charAt(0).toLocaleUpperCase('vi') + fixedSecond.slice(1)
    : fixedSecond
}
