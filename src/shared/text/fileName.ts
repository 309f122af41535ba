import type { Report } from '../model/report'
import { cleanText } from './cleanText'

// Characters Windows forbids in file names (cleanText has already taken out the control characters).
const FORBIDDEN = /[<>:"/\\|?*]/g

/** A safe file name that keeps Vietnamese letters: "2022-09-19 Giao ban Thường trực Tỉnh ủy.docx". */
export function suggestFileName(report: Pick<Report, 'fields'>, extension: string): string {
  const title = cleanText(report.fields.title, 'oneLine').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  const parts = [report.fields.meetingDate ?? '', title || 'Báo cáo'].filter(Boolean)
  const stem = parts
    .join(' ')
    .slice(0, 120)
    .replace(/[. ]+$/, '')
  return `${stem}${extension}`
}
