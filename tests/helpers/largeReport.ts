import type { Report } from '@shared/model/report'
import { draft, p } from '../fixtures/builders'

const SENTENCE =
  'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần để nghe và cho ý kiến về tình hình kinh tế - xã hội; tổng thu ngân sách đạt 32.976 tỷ đồng, tăng 11,9%. '

/**
 * A large, deterministic report (about 3 MB on disk with a 1 MB embedded "photo"); `version` is in the
 * title and in every paragraph, so two versions differ all through the file, not only at one place.
 */
export function largeReport(version: number, paragraphs = 3000): Report {
  const report = draft(
    { id: 'bao-cao-lon', title: `Giao ban Thường trực Tỉnh ủy — bản ${version}` },
    ...Array.from({ length: paragraphs }, (_, i) => p(`${i + 1}. (bản ${version}) ${SENTENCE}`)),
  )
  const photo = new Uint8Array(768 * 1024).map((_, i) => (i * 31 + version * 7) & 0xff)
  report.assets = {
    anh1: { mime: 'image/png', data: Buffer.from(photo).toString('base64'), name: 'anh1.png' },
  }
  return report
}

/** The version number a report made by `largeReport` carries in its title. */
export function versionOf(report: Report): number {
  const match = /bản (\d+)$/.exec(report.fields.title)
  return match ? Number(match[1]) : -1
}
