import { describe, expect, it } from 'vitest'
import { reportCounts } from '@shared/plainText/reportCounts'
import {
  DAM_HA_BRIDGE_POINT,
  block,
  bridgePoints,
  field,
  figure,
  p,
  reportWith,
} from '../../../fixtures/builders'

describe('the report’s counts, as the reader sees the report', () => {
  it('counts the fields the page shows, not only the typed body', () => {
    const typed = reportWith({}, p('Hội nghị thành công.'))
    expect(reportCounts(typed).words).toBe(4)
    const withFields = reportWith(
      {},
      block('reportTitle'),
      p('Đồng chí ', field('chair'), ' chủ trì.'),
      block('byline'),
    )
    // Title "Giao ban Thường trực Tỉnh ủy" (6) + "Đồng chí" (2) + the chair "Nguyễn Xuân Ký, Ủy viên
    // Trung ương Đảng, Bí thư Tỉnh ủy" (12) + "chủ trì." (2) + byline "Thu Hiền (Trung tâm TT-VH)" (5).
    expect(reportCounts(withFields).words).toBe(6 + 2 + 12 + 2 + 5)
  })

  it('counts bridge-point sentences and photo captions with their credit', () => {
    const r = reportWith(
      { bridgePoints: [DAM_HA_BRIDGE_POINT] },
      bridgePoints(),
      figure('a', 'Ảnh', 'Toàn cảnh'),
    )
    r.fields.photoCredit = 'Thanh Vân'
    const sentence =
      'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.'
    const caption = 'Toàn cảnh (Ảnh: Thanh Vân)'
    const counts = reportCounts(r)
    expect(counts.words).toBe(sentence.split(' ').filter((w) => w !== '–').length + 5)
    expect(counts.characters).toBe([...sentence].length + [...caption].length)
  })

  it('counts a Vietnamese letter once, typed precomposed or decomposed, and spaces apart', () => {
    const nfc = reportWith({}, p('Tỉnh ủy  họp'))
    const nfd = reportWith({}, p('Tỉnh ủy  họp'.normalize('NFD')))
    expect(reportCounts(nfc)).toEqual({ words: 3, characters: 11, charactersNoSpaces: 9 })
    expect(reportCounts(nfd)).toEqual(reportCounts(nfc))
    expect(reportCounts(reportWith({}, p(), p('  ')))).toEqual({
      words: 0,
      characters: 0,
      charactersNoSpaces: 0,
    })
  })
})
