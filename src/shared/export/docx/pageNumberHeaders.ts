import { Header, PageNumber, Paragraph, TextRun } from 'docx'
import { STYLE_IDS } from './docxStyles'

/**
 * Headers for page numbers centred in the top margin: every page but the first shows its number
 * (the section is marked "different first page", and the first page's header is empty).
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLE_IDS.pageNumber,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE_IDS.pageNumber })] }),
  }
}
