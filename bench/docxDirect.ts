/**
 * The benchmark's baseline: the reference report's content built straight with the `docx` library, the
 * way a hand-written exporter would, with no named styles, no text cleaning and no image checks.
 */
import {
  Document,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { isFieldName } from '@shared/fields/fieldNames'
import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'

function runs(nodes: BodyNode[] | undefined, report: Report): ParagraphChild[] {
  const source = fieldSourceFor(report.fields)
  return (nodes ?? []).map((n) =>
    n.type === 'field' && isFieldName(n.attrs?.name)
      ? new TextRun(source.fieldText(n.attrs.name))
      : new TextRun(n.text ?? ''),
  )
}

/** Builds and packs the report directly with `docx`; returns the .docx bytes. */
export async function directDocx(report: Report): Promise<Buffer> {
  const source = fieldSourceFor(report.fields)
  let lists = 0
  const config: Array<{
    reference: string
    levels: Array<{ level: number; format: 'decimal'; text: string }>
  }> = []
  const blocks = (
    nodes: BodyNode[] | undefined,
    level = 0,
    ref: string | null = null,
  ): Array<Paragraph | Table> =>
    (nodes ?? []).flatMap((n): Array<Paragraph | Table> => {
      switch (n.type) {
        case 'paragraph':
          return [
            new Paragraph({
              children: runs(n.content, report),
              ...(ref ? { numbering: { reference: ref, level } } : {}),
            }),
          ]
        case 'heading':
          return [new Paragraph({ heading: 'Heading2', children: runs(n.content, report) })]
        case 'themeHeader':
          return [
            new Paragraph({ alignment: 'center', children: [new TextRun(source.fieldText('themeHeader'))] }),
          ]
        case 'reportTitle':
          return [
            new Paragraph({
              alignment: 'center',
              children: [new TextRun({ text: source.fieldText('title'), bold: true })],
            }),
          ]
        case 'byline':
          return [new Paragraph({ alignment: 'right', children: [new TextRun(source.fieldText('byline'))] })]
        case 'bridgePoints':
          return source.bridgePointSentences('', '').map((s) => new Paragraph(s))
        case 'bulletList':
        case 'orderedList': {
          const reference = `list-${++lists}`
          config.push({
            reference,
            levels: [0, 1, 2].map((l) => ({ level: l, format: LevelFormat.DECIMAL, text: `%${l + 1}.` })),
          })
          return (n.content ?? []).flatMap((item) => blocks(item.content, ref ? level + 1 : 0, reference))
        }
        case 'table':
          return [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: (n.content ?? []).map(
                (row, r) =>
                  new TableRow({
                    tableHeader: r === 0,
                    children: (row.content ?? []).map(
                      (cell) => new TableCell({ children: blocks(cell.content) as Paragraph[] }),
                    ),
                  }),
              ),
            }),
          ]
        case 'figure': {
          const asset = report.assets[String(n.attrs?.assetId ?? '')]
          if (!asset) return []
          const width = 600
          const height = Math.round((width * (asset.height ?? 3)) / (asset.width ?? 4))
          return [
            new Paragraph({
              alignment: 'center',
              children: [
                new ImageRun({
                  type: 'png',
                  data: Buffer.from(asset.data, 'base64'),
                  transformation: { width, height },
                }),
              ],
            }),
            new Paragraph({ alignment: 'center', children: runs(n.content, report) }),
          ]
        }
        default:
          return blocks(n.content, level, ref)
      }
    })
  const children = blocks(report.body.content)
  const document = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    numbering: { config },
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}
