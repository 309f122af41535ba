import { describe, expect, it } from 'vitest'
import { fieldSourceFor } from '@shared/body/fieldSource'
import type { ReportFields } from '@shared/model/fields'
import { reportParagraphs } from '@shared/plainText/reportText'
import { FieldStore } from '@shared/templates/fieldStore'
import {
  addBridgePoint,
  moveBridgePoint,
  removeBridgePoint,
  updateBridgePoint,
} from '@shared/templates/bridgePointOps'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'

const seed = buildSeedReport(loadSeedTemplate())
const count = (lines: string[], text: string) => lines.join('\n').split(text).length - 1

describe('fields render into the report and follow every change', () => {
  it('a presiding body changed once changes every place it appears', () => {
    const before = reportParagraphs(seed)
    expect(count(before, 'Thường trực Tỉnh ủy')).toBe(6)
    const changed = { ...seed, fields: { ...seed.fields, presidingBody: 'Ban Thường vụ Tỉnh ủy' } }
    const after = reportParagraphs(changed)
    // Five places come from the field; the title is a field of its own and keeps its words.
    expect(count(after, 'Ban Thường vụ Tỉnh ủy')).toBe(5)
    expect(count(after, 'Thường trực Tỉnh ủy')).toBe(1)
    expect(after[1]).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(after[2]).toMatch(/^Ngày 19\/9, Ban Thường vụ Tỉnh ủy họp giao ban tuần/)
    expect(after[7]).toMatch(/^Kết luận nội dung này, Ban Thường vụ Tỉnh ủy yêu cầu:/)
    expect(after[12]).toMatch(/^Cùng ngày, Ban Thường vụ Tỉnh ủy cũng nghe/)
  })

  it('renders each kind of field the way the press writes it', () => {
    const f: ReportFields = { ...seed.fields, timeOfDay: 'sang', meetingDate: '2022-07-08' }
    const source = fieldSourceFor(f)
    expect(source.fieldText('dateLead')).toBe('Sáng 8/7')
    expect(source.fieldText('meetingDateFull')).toBe('ngày 8 tháng 7 năm 2022')
    expect(source.fieldText('meetingDateNumeric')).toBe('8/7/2022')
    // 8 July 2022 was a Friday.
    expect(source.fieldText('meetingWeekday')).toBe('thứ Sáu')
    expect(source.fieldText('titleUpper')).toBe('GIAO BAN THƯỜNG TRỰC TỈNH ỦY')
    expect(source.fieldText('chairName')).toBe('Nguyễn Xuân Ký')
    expect(source.fieldText('byline')).toBe('Thu Hiền (Trung tâm TT-VH)')
    expect(
      fieldSourceFor({ ...f, byline: { prefix: 'Tin, ảnh:', author: 'Thanh Vân', unit: '' } }).fieldText(
        'byline',
      ),
    ).toBe('Tin, ảnh: Thanh Vân')
  })

  it('the store tells every subscriber once per change and normalises to NFC', () => {
    const store = new FieldStore(seed.fields)
    const seen: string[] = []
    const stop = store.subscribe((f) => seen.push(f.presidingBody))
    store.subscribe((f) => seen.push(`b:${f.presidingBody}`))
    store.update((f) => ({ ...f, presidingBody: 'Thường trực Huyện ủy'.normalize('NFD') }))
    expect(seen).toEqual(['Thường trực Huyện ủy', 'b:Thường trực Huyện ủy'])
    expect(store.get().presidingBody).toBe('Thường trực Huyện ủy'.normalize('NFC'))
    stop()
    store.update((f) => ({ ...f, presidingBody: 'X' }))
    expect(seen).toHaveLength(3)
    expect(store.listenerCount).toBe(1)
  })
})

describe('bridge points in the panel', () => {
  const names = (f: ReportFields) => f.bridgePoints.map((p) => p.place)
  const three = [
    ['a', 'huyện Đầm Hà'],
    ['b', 'huyện Tiên Yên'],
    ['c', 'huyện Bình Liêu'],
  ].reduce((f, [id, place], i) => updateBridgePoint(addBridgePoint(f, id!), i, { place: place! }), {
    ...seed.fields,
    bridgePoints: [],
  } as ReportFields)

  it('adds, moves and removes, and each sentence follows in the new order', () => {
    expect(names(three)).toEqual(['huyện Đầm Hà', 'huyện Tiên Yên', 'huyện Bình Liêu'])
    const moved = moveBridgePoint(three, 2, -1)
    expect(names(moved)).toEqual(['huyện Đầm Hà', 'huyện Bình Liêu', 'huyện Tiên Yên'])
    expect(reportParagraphs({ ...seed, fields: moved }).slice(3, 6)).toEqual([
      'Cuộc họp được kết nối tới điểm cầu huyện Đầm Hà.',
      'Cuộc họp được kết nối tới điểm cầu huyện Bình Liêu.',
      'Cuộc họp được kết nối tới điểm cầu huyện Tiên Yên.',
    ])
    expect(names(removeBridgePoint(moved, 0))).toEqual(['huyện Bình Liêu', 'huyện Tiên Yên'])
  })

  it('ignores moves past either end', () => {
    expect(moveBridgePoint(three, 0, -1)).toBe(three)
    expect(moveBridgePoint(three, 2, 1)).toBe(three)
  })
})
