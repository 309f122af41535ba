import { describe, expect, it } from 'vitest'
import {
  isoDateSchema,
  parseReportBytes,
  parseReportText,
  REPORT_VERSION,
  serializeReport,
  type Migration,
} from '@shared/model'
import { draft, p } from '../../../fixtures/builders'

const NFC = 'Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì'
const NFD = NFC.normalize('NFD')

function sample() {
  return draft({ id: 'r1', title: 'Giao ban Thường trực Tỉnh ủy' }, p(NFC))
}

describe('draft file format', () => {
  it('round-trips a report through its JSON text', () => {
    const report = sample()
    const parsed = parseReportText(serializeReport(report))
    expect(parsed).toEqual({ ok: true, report, migratedFrom: null, repaired: 0 })
  })

  it('normalises every string to NFC on open, keys and values alike', () => {
    const text = serializeReport(sample())
      .replace(NFC, NFD)
      .replace('"Giao ban', `"${'Giao ban'.normalize('NFD')}`)
    const raw = JSON.parse(text)
    raw.fields.presidingBody = 'Thường trực Tỉnh ủy'.normalize('NFD')
    const parsed = parseReportText(JSON.stringify(raw))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.fields.presidingBody).toBe('Thường trực Tỉnh ủy'.normalize('NFC'))
    expect(parsed.report.fields.presidingBody).not.toBe(raw.fields.presidingBody)
    expect(JSON.stringify(parsed.report.body)).toContain(NFC)
  })

  it('writes NFC even when the model holds NFD text', () => {
    const report = sample()
    report.fields.title = NFD
    const text = serializeReport(report)
    expect(text).toContain(NFC)
    expect(text).not.toContain(NFD)
  })

  it('refuses a newer format version and names both versions', () => {
    const raw = JSON.parse(serializeReport(sample()))
    raw.version = REPORT_VERSION + 1
    const parsed = parseReportText(JSON.stringify(raw))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.code).toBe('newer-version')
      expect(parsed.message).toContain(`định dạng ${REPORT_VERSION + 1}`)
    }
  })

  it('runs the migration hook for an older version', () => {
    const raw = JSON.parse(serializeReport(sample()))
    raw.version = 0
    delete raw.assets
    const migrations: Record<number, Migration> = { 0: (d) => ({ ...d, version: 1, assets: {} }) }
    const parsed = parseReportText(JSON.stringify(raw), migrations)
    expect(parsed.ok && parsed.migratedFrom).toBe(0)
  })

  it('names the field that has the wrong type, in Vietnamese', () => {
    const raw = JSON.parse(serializeReport(sample()))
    raw.fields.title = 42
    const parsed = parseReportText(JSON.stringify(raw))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.code).toBe('invalid')
      expect(parsed.message).toContain('fields.title')
    }
  })

  it('refuses an unknown body node', () => {
    const raw = JSON.parse(serializeReport(sample()))
    raw.body.content[0].type = 'script'
    const parsed = parseReportText(JSON.stringify(raw))
    expect(parsed.ok ? 'ok' : parsed.message).toContain('body.content.0.type')
  })

  it('tells non-UTF-8 bytes apart from bad JSON', () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0xe0, 0x22, 0x7d])
    const parsed = parseReportBytes(latin1)
    expect(parsed.ok ? '' : parsed.code).toBe('not-utf8')
  })
})

describe('meeting date', () => {
  it.each([
    ['2022-09-19', true],
    ['2024-02-29', true],
    ['2022-02-30', false],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['19/9/2022', false],
  ])('%s is accepted: %s', (date, ok) => {
    expect(isoDateSchema.safeParse(date).success).toBe(ok)
  })
})
