import { describe, expect, it } from 'vitest'
import type { DOMOutputSpec } from '@tiptap/pm/model'
import { bodySchema } from '@shared/body/bodyExtensions'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { STYLE_IDS } from '@shared/export/docx/docxStyles'
import { exportHtml } from '@shared/export/html/exportHtml'
import { pageCss } from '@shared/export/html/pageStyles'
import { sanitizeAttribute } from '@shared/export/html/safeAttributes'
import type { BodyNode } from '@shared/model/body'
import { NODE_NAMES, type NodeName } from '@shared/model/nodeNames'
import { CUSTOM_NODES, FIELD_SHOWING_BLOCKS, type CustomNodeName } from '@shared/nodes/customNodes'
import { FIELD_NODE } from '@shared/nodes/fieldNode'
import { FIGURE_NODE } from '@shared/nodes/figureNode'
import { shownLines } from '@shared/nodes/shownLines'
import { templateKeyOfNode } from '@shared/nodes/templateKeyOfNode'
import { parseTemplateText } from '@shared/templates/parseTemplate'
import { DAM_HA_BRIDGE_POINT, bridgePoints, figure, reportWith, withPhoto } from '../../../fixtures/builders'
import { exportAndOpen } from '../export/docx/docxXml'

/** A body node of each field-showing block, as a template or a draft stores it. */
const sample = (name: keyof typeof FIELD_SHOWING_BLOCKS): BodyNode =>
  name === 'bridgePoints' ? bridgePoints() : { type: name }

const withBridgePoint = { bridgePoints: [DAM_HA_BRIDGE_POINT] }

/** The element and class TipTap's schema gives a node (its HTML in the clipboard and the editor). */
function schemaElement(name: string, attrs: Record<string, unknown> = {}) {
  const type = bodySchema().nodes[name]
  if (!type?.spec.toDOM) throw new Error(`no node ${name}`)
  const out = type.spec.toDOM(type.create(attrs)) as DOMOutputSpec
  if (!Array.isArray(out)) throw new Error(`unexpected toDOM for ${name}`)
  const [tag, attributes] = out as [string, Record<string, unknown>]
  return { tag, className: attributes.class }
}

describe('the custom node records', () => {
  it('name their nodes: every record is a node of the schema under its own key', () => {
    // A record whose name is not a NodeName (so has no exporter mapping) fails to compile here.
    const names: readonly NodeName[] = Object.keys(CUSTOM_NODES) as CustomNodeName[]
    expect(names).toHaveLength(6)
    const schema = bodySchema()
    for (const [key, record] of Object.entries(CUSTOM_NODES)) {
      expect(record.name).toBe(key)
      expect(NODE_NAMES).toContain(record.name)
      expect(Object.keys(schema.nodes)).toContain(record.name)
    }
  })

  it("drive the schema's element and class, the same the HTML export writes", () => {
    for (const [name, record] of Object.entries(FIELD_SHOWING_BLOCKS)) {
      expect(schemaElement(name)).toEqual({ tag: record.element.tag, className: record.element.className })
    }
    expect(schemaElement(FIELD_NODE.name)).toEqual({
      tag: FIELD_NODE.element.tag,
      className: FIELD_NODE.element.className,
    })
    expect(schemaElement(FIGURE_NODE.name)).toEqual({
      tag: FIGURE_NODE.element.tag,
      className: FIGURE_NODE.element.className,
    })
  })

  it.each(Object.keys(FIELD_SHOWING_BLOCKS) as Array<keyof typeof FIELD_SHOWING_BLOCKS>)(
    '%s: DOCX style, HTML element and template field from its record',
    async (name) => {
      const record = FIELD_SHOWING_BLOCKS[name]
      const report = reportWith(withBridgePoint, sample(name))
      expect(Object.keys(STYLE_IDS)).toContain(record.docxStyle)
      const { paragraphs } = await exportAndOpen(report)
      expect(paragraphs.map((p) => p.style)).toContain(STYLE_IDS[record.docxStyle])

      const html = exportHtml(report).html
      const element = 'sentence' in record ? record.sentence : record.element
      expect(html).toContain(`<${element.tag} class="${element.className}"`)

      expect(templateKeyOfNode(sample(name))).toBe(record.templateKey)
      const body = { type: 'doc', content: [sample(name)] }
      const template = (fields: string[]) =>
        JSON.stringify({
          format: 'soantin-template',
          version: 1,
          id: 'mau',
          name: 'Mẫu',
          meetingKind: 'khac',
          period: 'one-off',
          fields: fields.map((f) => ({ name: f })),
          body,
        })
      expect(parseTemplateText(template([record.templateKey])).ok).toBe(true)
      expect(parseTemplateText(template([]))).toMatchObject({ ok: false, field: 'body.content.0' })
    },
  )

  it('figure: DOCX styles, HTML figure and caption from its record', async () => {
    const report = reportWith({}, figure('anh', 'Ảnh', 'Chú thích ảnh'))
    withPhoto(report, 'anh')
    const { paragraphs } = await exportAndOpen(report)
    expect(paragraphs.map((p) => p.style)).toEqual(
      expect.arrayContaining([STYLE_IDS[FIGURE_NODE.docxStyle], STYLE_IDS[FIGURE_NODE.captionStyle]]),
    )
    const html = exportHtml(report).html
    expect(html).toContain(`<figure class="${FIGURE_NODE.element.className}"`)
    expect(html).toContain(`<figcaption class="${FIGURE_NODE.caption.className}"`)
  })

  it('use only classes the HTML export keeps', () => {
    const elements = [
      ...Object.values(CUSTOM_NODES).map((r) => r.element),
      FIGURE_NODE.caption,
      FIELD_SHOWING_BLOCKS.bridgePoints.sentence,
    ]
    for (const { tag, className } of elements)
      expect(sanitizeAttribute(tag, 'class', className)).toBe(className)
  })

  it("style the export's blocks by the records' classes", () => {
    const css = pageCss()
    for (const name of ['themeHeader', 'byline'] as const) {
      expect(css).toContain(`.${FIELD_SHOWING_BLOCKS[name].element.className} {`)
    }
  })

  it('read the bridge-point patterns and field names through one accessor', () => {
    const source = fieldSourceFor(reportWith(withBridgePoint).fields)
    expect(shownLines(bridgePoints('Ở {place}, {chair}.', ''), source)).toEqual([
      'Ở huyện Đầm Hà, Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy.',
    ])
    expect(shownLines({ type: 'field', attrs: { name: 'presidingBody' } }, source)).toEqual([
      'Thường trực Tỉnh ủy',
    ])
    expect(shownLines({ type: 'field', attrs: { name: 'khong-co' } }, source)).toEqual([''])
    expect(shownLines({ type: 'paragraph' }, source)).toBeNull()
    expect(templateKeyOfNode({ type: 'field', attrs: { name: 'chairName' } })).toBe('chair')
    expect(templateKeyOfNode({ type: 'paragraph' })).toBeNull()
  })
})
