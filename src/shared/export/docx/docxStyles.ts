import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx'
import type { PrintLayout } from '../../settings/settings'
import { cmToTwips, lineSpacingToLine, ptToHalfPoints, ptToTwips } from './units'

/**
 * The named Word styles of an exported report. Every paragraph the exporter writes uses one of these,
 * so an editor who restyles "Thân bài" in Word restyles the whole body. Ids are ASCII (Word keys on
 * them); names are what the officer sees in Word's style list. Headings keep Word's built-in ids so
 * the navigation pane and tables of contents know them.
 */
export const STYLE_IDS = {
  themeHeader: 'STThemeHeader',
  title: 'STTitle',
  lead: 'STLead',
  bridgePoint: 'STBridgePoint',
  body: 'STBody',
  conclusion: 'STConclusion',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  list: 'STList',
  quote: 'STQuote',
  rule: 'STRule',
  figure: 'STFigure',
  caption: 'STCaption',
  imagePlaceholder: 'STImagePlaceholder',
  table: 'STTable',
  tableHeader: 'STTableHeader',
  byline: 'STByline',
  pageNumber: 'STPageNumber',
} as const

export type StyleKey = keyof typeof STYLE_IDS

/** The names Word shows; built-in headings use Word's own (localised by Word). */
export const STYLE_NAMES: Record<StyleKey, string> = {
  themeHeader: 'Chủ đề năm',
  title: 'Tiêu đề tin',
  lead: 'Sapo',
  bridgePoint: 'Điểm cầu',
  body: 'Thân bài',
  conclusion: 'Kết luận',
  heading2: 'heading 2',
  heading3: 'heading 3',
  heading4: 'heading 4',
  list: 'Danh sách',
  quote: 'Trích dẫn',
  rule: 'Đường kẻ',
  figure: 'Ảnh',
  caption: 'Chú thích ảnh',
  imagePlaceholder: 'Ảnh lỗi',
  table: 'Bảng',
  tableHeader: 'Dòng tiêu đề bảng',
  byline: 'Tác giả',
  pageNumber: 'Số trang',
}

type StyleBody = Omit<IParagraphStyleOptions, 'id' | 'name'>

/** Each style as data, from the print layout; `basedOn` chains keep a change to "Thân bài" flowing down. */
function styleDefinitions(layout: PrintLayout): Record<StyleKey, StyleBody> {
  const size = layout.bodySizePt
  const after = ptToTwips(layout.spaceAfterPt)
  const indent = cmToTwips(layout.firstLineIndentCm)
  const small = ptToHalfPoints(Math.max(size - 1, 10))
  const centred = { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }
  return {
    body: {
      basedOn: 'Normal',
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: indent } },
    },
    themeHeader: {
      basedOn: 'Normal',
      next: STYLE_IDS.title,
      quickFormat: true,
      paragraph: { ...centred, spacing: { after: ptToTwips(12) }, keepNext: true },
      run: { bold: true, italics: true, size: small },
    },
    title: {
      basedOn: 'Normal',
      next: STYLE_IDS.lead,
      quickFormat: true,
      paragraph: {
        ...centred,
        spacing: { before: ptToTwips(6), after: ptToTwips(12) },
        keepNext: true,
        outlineLevel: 0,
      },
      run: { bold: true, size: ptToHalfPoints(size + 2) },
    },
    lead: { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, quickFormat: true, run: { bold: true } },
    bridgePoint: { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, quickFormat: true },
    conclusion: { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, quickFormat: true },
    heading2: headingStyle(size, { bold: true }),
    heading3: headingStyle(size, { bold: true, italics: true }),
    heading4: headingStyle(size, { italics: true }),
    list: {
      basedOn: STYLE_IDS.body,
      next: STYLE_IDS.list,
      quickFormat: true,
      // The list's numbering supplies the indent; the body's first-line indent would push the marker.
      paragraph: { indent: { firstLine: 0 } },
    },
    quote: {
      basedOn: STYLE_IDS.body,
      paragraph: { indent: { left: cmToTwips(1.27), right: cmToTwips(1.27), firstLine: 0 } },
      run: { italics: true },
    },
    rule: {
      basedOn: 'Normal',
      paragraph: {
        indent: { firstLine: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
      },
    },
    figure: {
      basedOn: 'Normal',
      next: STYLE_IDS.caption,
      paragraph: {
        ...centred,
        spacing: { before: ptToTwips(6), after: ptToTwips(3), line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
        keepLines: true,
      },
    },
    caption: {
      basedOn: 'Normal',
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: { ...centred, spacing: { after: ptToTwips(12) } },
      run: { italics: true, size: small },
    },
    imagePlaceholder: {
      basedOn: STYLE_IDS.figure,
      next: STYLE_IDS.caption,
      paragraph: {
        border: {
          top: { style: BorderStyle.DASHED, size: 8, space: 4, color: '808080' },
          bottom: { style: BorderStyle.DASHED, size: 8, space: 4, color: '808080' },
          left: { style: BorderStyle.DASHED, size: 8, space: 4, color: '808080' },
          right: { style: BorderStyle.DASHED, size: 8, space: 4, color: '808080' },
        },
        shading: { type: 'clear', fill: 'F2F2F2', color: 'auto' },
        spacing: { before: ptToTwips(12), after: ptToTwips(6) },
      },
      run: { italics: true, size: small, color: '404040' },
    },
    table: {
      basedOn: 'Normal',
      next: STYLE_IDS.table,
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { before: ptToTwips(2), after: ptToTwips(2), line: 240, lineRule: LineRuleType.AUTO },
      },
      run: { size: small },
    },
    tableHeader: {
      basedOn: STYLE_IDS.table,
      next: STYLE_IDS.table,
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      run: { bold: true },
    },
    byline: {
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0 },
        spacing: { before: ptToTwips(12) },
      },
      run: { bold: true },
    },
    pageNumber: {
      basedOn: 'Normal',
      paragraph: { ...centred, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      run: { size: small },
    },
  }
  function headingStyle(pt: number, run: { bold?: boolean; italics?: boolean }): StyleBody {
    return {
      basedOn: 'Normal',
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { before: ptToTwips(6), after: after },
        keepNext: true,
        keepLines: true,
      },
      run: { ...run, size: ptToHalfPoints(pt), color: '000000' },
    }
  }
}

/**
 * The document's styles: defaults from the print layout (font for every script, size, Vietnamese
 * language for the spelling checker, spacing) and every named style above.
 */
export function docxStyles(layout: PrintLayout): IStylesOptions {
  const defs = styleDefinitions(layout)
  const font = layout.fontFamily
  return {
    default: {
      document: {
        run: {
          font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          size: ptToHalfPoints(layout.bodySizePt),
          sizeComplexScript: ptToHalfPoints(layout.bodySizePt),
          language: { value: 'vi-VN', eastAsia: 'vi-VN' },
        },
        paragraph: {
          spacing: {
            after: ptToTwips(layout.spaceAfterPt),
            line: lineSpacingToLine(layout.lineSpacing),
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      heading2: { ...defs.heading2, name: STYLE_NAMES.heading2 },
      heading3: { ...defs.heading3, name: STYLE_NAMES.heading3 },
      heading4: { ...defs.heading4, name: STYLE_NAMES.heading4 },
      hyperlink: { run: { color: '0563C1', underline: { type: 'single' } } },
    },
    paragraphStyles: (Object.keys(defs) as StyleKey[])
      .filter((key) => !key.startsWith('heading'))
      .map((key) => ({ id: STYLE_IDS[key], name: STYLE_NAMES[key], ...defs[key] })),
  }
}
