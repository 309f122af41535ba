import { fieldSourceFor } from '../body/fieldSource'
import type { Report } from '../model/report'
import { bodyPlainText } from './bodyPlainText'

/**
 * The report's visible paragraphs as plain text, in document order, fields resolved (see
 * `bodyPlainText`). Empty paragraphs are left out, since a reader does not see them as paragraphs;
 * text is returned exactly as stored, spaces included.
 */
export function reportParagraphs(report: Pick<Report, 'fields' | 'body'>): string[] {
  return bodyPlainText(fieldSourceFor(report.fields)).paragraphs([report.body])
}
