import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertLegacy } from '@shared/text/legacy/convertLegacy'
import { detectLegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { decodeTcvn3, encodeTcvn3 } from '@shared/text/legacy/tcvn3'
import { decodeVni, encodeVni } from '@shared/text/legacy/vni'
import { isVietnameseSyllable } from '@shared/text/legacy/vietnameseSyllable'
import { readSeedText } from '../../../../fixtures/seedText'

/** Every Vietnamese letter, lower case, in the order of the alphabet and its tones. */
const LOWER = 'aáàảãạăắằẳẵặâấầẩẫậbcdđeéèẻẽẹêếềểễệghiíìỉĩịklmnoóòỏõọôốồổỗộơớờởỡợpqrstuúùủũụưứừửữựvxyýỳỷỹỵ'
const UPPER = LOWER.toUpperCase()

describe('TCVN3 (ABC, .VnTime)', () => {
  it('reads the issue’s line and the published chart’s known codes', () => {
    expect(convertLegacy('§ång chÝ Hoµng ThÞ Mai Anh chñ tr× héi nghÞ', 'tcvn3')).toBe(
      'Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị',
    )
    // ư is 0xAD, the soft hyphen; ơ 0xAC; đ 0xAE; the seven capitals 0xA1–0xA7.
    expect(decodeTcvn3('\u00ad\u00ac\u00ae\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7')).toBe('ươđĂÂÊÔƠƯĐ')
    expect(convertLegacy('Tr\u00adêng Chinh, n\u00adíc, r\u00adîu, ng\u00adêi', 'tcvn3')).toBe(
      'Trường Chinh, nước, rượu, người',
    )
  })

  it('round-trips every lower-case letter, and the capitals a .VnTimeH font draws', () => {
    const encoded = encodeTcvn3(LOWER)
    expect([...encoded].every((c) => c.charCodeAt(0) < 0x100)).toBe(true)
    expect(decodeTcvn3(encoded)).toBe(LOWER)
    // In capitals the toned letters have no code: an all-capital word gets them back.
    expect(convertLegacy(encodeTcvn3('HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH'), 'tcvn3')).toBe(
      'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH',
    )
    expect(convertLegacy(encodeTcvn3('Ăn Âu Ê Ô Ơ Ư Đà'), 'tcvn3')).toBe('Ăn Âu Ê Ô Ơ Ư Đà')
  })

  it('puts back the ư a clipboard dropped with the soft hyphen, only where no other reading exists', () => {
    const sent = encodeTcvn3('Trường học, nước sạch, rượu, người dân, hơn nữa, bơi lội')
    const dropped = sent.replace(/\u00ad/g, '')
    expect(convertLegacy(dropped, 'tcvn3')).toBe('Trường học, nước sạch, rượu, người dân, hơn nữa, bơi lội')
    // A capital Ư is never doubled, in a word in capitals either.
    expect(convertLegacy(encodeTcvn3('THƯỜNG TRỰC, Trường học').replace(/\u00ad/g, ''), 'tcvn3')).toBe(
      'THƯỜNG TRỰC, Trường học',
    )
    // Soft hyphens still there: nothing is guessed.
    expect(convertLegacy(encodeTcvn3('sáng ngời'), 'tcvn3')).toBe('sáng ngời')
  })
})

describe('VNI-Windows', () => {
  it('reads the issue’s line', () => {
    expect(convertLegacy('UÛy ban nhaân daân huyeän Ba Cheõ', 'vni')).toBe('Ủy ban nhân dân huyện Ba Chẽ')
    expect(decodeVni('Ñoàng chí Hoaøng Thò Mai Anh chuû trì hoäi nghò')).toBe(
      'Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị',
    )
  })

  it('round-trips every letter in both cases', () => {
    expect(decodeVni(encodeVni(LOWER))).toBe(LOWER)
    expect(decodeVni(encodeVni(UPPER))).toBe(UPPER)
    expect(encodeVni('ỵ Ỵ ơ ư đ Đ')).toBe('î Î ô ö ñ Ñ')
    // A capital base letter with a small mark, as some typists left it.
    expect(decodeVni('Uûy ban')).toBe('Ủy ban')
  })
})

describe('the seed article', () => {
  it('comes back exactly from VNI, and from TCVN3 but for capitals TCVN3 cannot write', () => {
    const seed = readSeedText()
    expect(convertLegacy(encodeVni(seed), 'vni')).toBe(seed)
    // TCVN3 has no toned capitals outside words in capitals ("Ủy" comes back "ủy").
    expect(convertLegacy(encodeTcvn3(seed), 'tcvn3').toLowerCase()).toBe(seed.toLowerCase())
  })
})

describe('detection', () => {
  const tcvn3 = encodeTcvn3(
    'Sáng 19/9, Thường trực Tỉnh ủy họp giao ban tuần để nghe và cho ý kiến về tình hình kinh tế - xã hội.',
  )
  const vni = encodeVni('Ủy ban nhân dân huyện Ba Chẽ tổ chức hội nghị tổng kết công tác năm 2022.')

  it('names the encoding of legacy text, in sentences and in capitals', () => {
    expect(detectLegacyEncoding(tcvn3)?.encoding).toBe('tcvn3')
    expect(detectLegacyEncoding(vni)?.encoding).toBe('vni')
    expect(detectLegacyEncoding('§ång chÝ Hoµng ThÞ Mai Anh chñ tr× héi nghÞ')?.encoding).toBe('tcvn3')
    expect(detectLegacyEncoding('UÛy ban nhaân daân huyeän Ba Cheõ')?.encoding).toBe('vni')
    expect(detectLegacyEncoding(encodeTcvn3('BÁO CÁO KẾT QUẢ HỘI NGHỊ'))?.encoding).toBe('tcvn3')
    expect(detectLegacyEncoding(tcvn3.replace(/\u00ad/g, ''))?.encoding).toBe('tcvn3')
  })

  it('never fires on one odd character or on ordinary text in Unicode, Vietnamese or not', () => {
    const texts = [
      readSeedText(),
      ...readdirSync('templates')
        .filter((name) => name.endsWith('.json'))
        .map((name) => readFileSync(join('templates', name), 'utf8')),
      'Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị. Hoà bình, hòa hợp, thuỷ lợi, thủy sản, khoẻ, khỏe.',
      'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 12 (MỞ RỘNG)',
      'Chi phí 32.976 triệu đồng, tăng 11,9% so với cùng kỳ; Giá trị sản xuất đạt 1.234,5 tỷ đồng.',
      'The provincial committee met on Monday to review the quarter’s results — a café-style briefing, naïve as it was.',
      'Le comité s’est réuni à Hà Nội pour la réunion « hebdomadaire » : où, déjà, été, naïf, Noël.',
      'Die Sitzung über Straßenbau und Müllabfuhr fand in Köln statt; Grüße an alle Beteiligten.',
      'Giá: 50.000đ © 2022 — Ảnh: Minh Hà · 19/9 × 2 ÷ 3 ± 1 ¼ ½ ¾ ° µm §3',
      'Ông Nguyễn Văn A (SN 1970), bà Trần Thị B, anh Lê Văn C; "Đảng bộ", ‘Chính quyền’.',
      'Mã số: ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý',
    ]
    for (const text of texts) expect(detectLegacyEncoding(text), text.slice(0, 60)).toBeNull()
  })

  it('reads a 1 MB paste in bounded time', () => {
    const big = tcvn3.repeat(Math.ceil(1_000_000 / tcvn3.length))
    const start = performance.now()
    expect(detectLegacyEncoding(big)?.encoding).toBe('tcvn3')
    // Generous: the bound is the word cap, not the machine; bench/legacyEncoding.ts has the figure.
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})

describe('syllables', () => {
  it('tells Vietnamese spelling from legacy bytes', () => {
    for (const word of ['Đồng', 'chí', 'Hoàng', 'người', 'quý', 'giá', 'gì', 'khuya', 'nghiêng', 'xoong'])
      expect(isVietnameseSyllable(word), word).toBe(true)
    for (const word of ['§ång', 'chÝ', 'héi', 'nghÞ', 'nhaân', 'huyeän', 'vaø', 'Hoáà', 'street'])
      expect(isVietnameseSyllable(word), word).toBe(false)
  })
})
