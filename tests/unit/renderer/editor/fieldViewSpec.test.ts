import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIELD_NAMES } from '@shared/fields/fieldNames'
import { FIELD_LABELS_VI } from '@shared/fields/fieldLabels'
import { FIELD_SHOWING_BLOCKS } from '@shared/nodes/customNodes'
import { FIELD_NODE } from '@shared/nodes/fieldNode'
import type { NodeLike } from '@shared/nodes/nodeRecord'
import { fieldViewSpec } from '@renderer/editor/fieldViewSpec'
import { fieldViewTexts } from '@renderer/editor/fieldViewTexts'
import { en } from '@renderer/i18n/en'
import { vi } from '@renderer/i18n/vi'

/** Letters only Vietnamese uses among the UI's two languages. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

const FIELD_VIEW_NODES: NodeLike[] = [
  ...FIELD_NAMES.map((name) => ({ type: FIELD_NODE.name, attrs: { name } })),
  ...Object.keys(FIELD_SHOWING_BLOCKS).map((type) => ({ type })),
]

const css = ['src/renderer/src/styles.css', 'src/renderer/src/panel/panel.css']
  .map((path) => readFileSync(join(__dirname, '../../../..', path), 'utf8'))
  .join('\n')

function spec(node: NodeLike, messages = vi) {
  const found = fieldViewSpec(node, fieldViewTexts(messages))
  if (!found) throw new Error(`no view for ${node.type}`)
  return found
}

describe("the editor's field views", () => {
  it('speak English in the English interface: no tooltip, label or hint is Vietnamese', () => {
    expect(FIELD_VIEW_NODES).toHaveLength(FIELD_NAMES.length + 4)
    for (const node of FIELD_VIEW_NODES) {
      const view = spec(node, en)
      expect(view.title).not.toMatch(VIETNAMESE)
      expect(view.label).not.toMatch(VIETNAMESE)
    }
    const texts = fieldViewTexts(en)
    expect([texts.hint, texts.roleDescription, texts.empty].join(' ')).not.toMatch(VIETNAMESE)
  })

  it('label each field from the one label table, in Vietnamese by default', () => {
    expect(vi.fields).toBe(FIELD_LABELS_VI)
    expect(spec({ type: 'field', attrs: { name: 'chairName' } }).title).toBe(
      `${FIELD_LABELS_VI.chairName} — ${vi.editor.fieldHint}`,
    )
    expect(spec({ type: 'reportTitle' }).label).toBe(FIELD_LABELS_VI.title)
    expect(spec({ type: 'bridgePoints' }, en).label).toBe(en.fields.bridgePoints)
  })

  it("use each record's element and class, which the editor's CSS styles", () => {
    for (const [type, record] of Object.entries(FIELD_SHOWING_BLOCKS)) {
      expect(spec({ type }).element).toEqual(record.element)
      expect(css).toContain(`.st-editor .${record.element.className}`)
    }
    expect(spec({ type: 'bridgePoints' }).line).toEqual(FIELD_SHOWING_BLOCKS.bridgePoints.sentence)
    expect(css).toContain(`.${FIELD_SHOWING_BLOCKS.bridgePoints.sentence.className} {`)
    expect(spec({ type: 'field', attrs: { name: 'title' } }).element).toEqual(FIELD_NODE.element)
    expect(fieldViewSpec({ type: 'paragraph' }, fieldViewTexts(vi))).toBeNull()
  })

  it('share one cached text between a block and the field it shows', () => {
    expect(spec({ type: 'reportTitle' }).key).toBe(spec({ type: 'field', attrs: { name: 'title' } }).key)
    expect(spec({ type: 'bridgePoints', attrs: { pattern: 'a {place} {chair}' } }).key).not.toBe(
      spec({ type: 'bridgePoints' }).key,
    )
  })
})
