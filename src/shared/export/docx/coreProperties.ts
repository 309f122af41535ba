import type { Report } from '../../model/report'
import { formalDate } from '../../text/vietnameseDate'
import { cleanText } from '../../text/cleanText'

/** The document properties Word shows under File › Info, from the report's fields. */
export interface DocxCoreProperties {
  title: string
  subject: string
  creator: string
  created: string
  modified: string
  language: string
}

function clean(text: string): string {
  return cleanText(text, 'oneLine')
}

/** Title, author from the byline, subject naming the meeting, the draft's dates, Vietnamese. */
export function corePropertiesFor(report: Report): DocxCoreProperties {
  const { fields } = report
  const body = fields.presidingBody.trim()
  const meeting = [body ? `Cuộc họp ${body}` : fields.title.trim(), formalDate(fields.meetingDate)]
  return {
    title: clean(fields.title),
    subject: clean(meeting.filter(Boolean).join(', ')),
    creator: clean(fields.byline.author || fields.byline.unit),
    created: report.createdAt,
    modified: report.updatedAt,
    language: 'vi-VN',
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
}

/** W3CDTF without milliseconds, as Word writes it. */
function w3cdtf(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? '' : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * `docProps/core.xml`, written by us because docx always stamps the packing time and has no
 * language: the dates here are the draft's own, so exporting the same draft twice gives the same file.
 */
export function corePropertiesXml(props: DocxCoreProperties): string {
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '')
  const date = (name: string, value: string) => {
    const stamp = w3cdtf(value)
    return stamp ? `<${name} xsi:type="dcterms:W3CDTF">${stamp}</${name}>` : ''
  }
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', props.title),
    element('dc:subject', props.subject),
    element('dc:creator', props.creator),
    element('cp:lastModifiedBy', props.creator),
    element('dc:language', props.language),
    date('dcterms:created', props.created),
    date('dcterms:modified', props.modified),
    '</cp:coreProperties>',
  ].join('')
}
