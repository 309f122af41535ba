import type { Report } from '../../model/report'
import { deepNfc } from '../../text/normalize'
import { reportParagraphs } from '../../plainText/reportText'
import { cleanText } from '../../text/cleanText'

/**
 * The plain-text version put on the clipboard beside the CMS fragment, for editors that refuse HTML:
 * the visible paragraphs in order (fields resolved, captions included), separated by blank lines.
 */
export function webPlainText(report: Report): string {
  return reportParagraphs(deepNfc(report))
    .map((paragraph) => cleanText(paragraph).trim())
    .filter(Boolean)
    .join('\n\n')
}
