import { buildDocxDocument, type DocxBuildOptions } from '@shared/export/docx/buildDocxDocument'
import { packDocx } from '@shared/export/docx/packDocx'
import type { Report } from '@shared/model/report'
import { partText, unzipDocx } from './docxPackage'

interface XmlParagraph {
  style: string | null
  text: string
  xml: string
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Every `w:p` of a part with its style id and visible text (breaks as "\n", tabs as "\t"). */
export function xmlParagraphs(xml: string): XmlParagraph[] {
  return (xml.match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:tab\/>/g) ?? [])
      .map((t) => (t === '<w:br/>' ? '\n' : t === '<w:tab/>' ? '\t' : unescape(t.replace(/<[^>]+>/g, ''))))
      .join(''),
    xml: p,
  }))
}

/** Exports a report the way the app does and opens the package again. */
export async function exportAndOpen(report: Report, options: DocxBuildOptions = {}) {
  const built = buildDocxDocument(report, options)
  const bytes = await packDocx(built)
  const parts = unzipDocx(bytes)
  const document = partText(parts, 'word/document.xml')
  return { built, bytes, parts, document, paragraphs: xmlParagraphs(document), warnings: built.warnings }
}
