import type { Report } from '../model/report'

// Characters Windows forbids in file names, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g

/** A safe file name that keeps Vietnamese letters: "2022-09-19 Giao ban Thường trực Tỉnh ủy.docx". */
export function suggestFileName(report: Pick<Report, 'fields'>, extension: string): string {
  const title = report.fields.title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  const parts = [report.fields.meetingDate ?? '', title || 'Báo cáo'].filter(Boolean)
  const stem = parts
    .join(' ')
    .slice(0, 120)
    .replace(/[. ]+$/, '')
  return `${stem}${extension}`
}
