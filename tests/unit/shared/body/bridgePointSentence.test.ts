import { describe, expect, it } from 'vitest'
import { bridgePointSentence, DEFAULT_BRIDGE_POINT_PATTERN } from '@shared/body/fieldText'
import type { BridgePoint } from '@shared/model/fields'

const CHAIR = { name: 'Đỗ Thị Ninh Hường', titles: ['TUV', 'Bí thư Huyện ủy'], separator: 'endash' as const }

function point(note: string, chair: BridgePoint['chair'] = CHAIR): BridgePoint {
  return { id: 'p', place: 'huyện Đầm Hà', chair, note }
}

describe('a bridge point’s sentence and its printed note', () => {
  it('writes "đồng chí" in small letters after the comma in the built-in pattern', () => {
    expect(DEFAULT_BRIDGE_POINT_PATTERN).toContain(', đồng chí {chair}')
    expect(bridgePointSentence(point(''))).toBe(
      'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.',
    )
  })

  it('joins a note in small letters to the sentence before its full stop, never after it', () => {
    expect(bridgePointSentence(point('cùng 11 điểm cầu cấp xã'))).toBe(
      'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp, cùng 11 điểm cầu cấp xã.',
    )
    // The note's own stop is not doubled; a note that brings its own comma keeps it.
    expect(bridgePointSentence(point('cùng 11 điểm cầu cấp xã.'), 'Tại điểm cầu {place}.')).toBe(
      'Tại điểm cầu huyện Đầm Hà, cùng 11 điểm cầu cấp xã.',
    )
    expect(bridgePointSentence(point(', có 30 đại biểu dự'), 'Tại điểm cầu {place}.')).toBe(
      'Tại điểm cầu huyện Đầm Hà, có 30 đại biểu dự.',
    )
  })

  it('prints a capitalised note as its own sentence after the stop, ending it with one', () => {
    expect(
      bridgePointSentence(point('Có 12 điểm cầu tại 12 xã', null), undefined, 'Tại điểm cầu {place}.'),
    ).toBe('Tại điểm cầu huyện Đầm Hà. Có 12 điểm cầu tại 12 xã.')
    expect(bridgePointSentence(point('12 xã dự trực tuyến!', null), undefined, 'Tại điểm cầu {place}.')).toBe(
      'Tại điểm cầu huyện Đầm Hà. 12 xã dự trực tuyến!',
    )
  })

  it('puts the note where the pattern places {note}, and only there', () => {
    const pattern = 'Tại điểm cầu {place} ({note}), đồng chí {chair} chủ trì.'
    expect(bridgePointSentence(point('30 đại biểu'), pattern)).toBe(
      'Tại điểm cầu huyện Đầm Hà (30 đại biểu), đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì.',
    )
  })

  it('ignores a note of only spaces and invisible controls', () => {
    expect(bridgePointSentence(point(' \u200b\u00a0 ', null), undefined, 'Tại điểm cầu {place}.')).toBe(
      'Tại điểm cầu huyện Đầm Hà.',
    )
  })
})
