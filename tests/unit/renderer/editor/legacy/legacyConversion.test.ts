import { describe, expect, it } from 'vitest'
import { Node as PmNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { bodySchema } from '@shared/body/bodyExtensions'
import { legacyConversion } from '@renderer/editor/legacy/legacyConversion'
import { bold, doc, p, t } from '../../../../fixtures/builders'

const schema = bodySchema()

describe('converting a range of the body from TCVN3', () => {
  it('converts only the range, run by run, keeping bold where it was', () => {
    const body = doc(p(t('Trước: '), t('§ång chÝ ', bold), t('Hoµng ThÞ Mai Anh'), t(' — sau.')))
    const state = EditorState.create({ doc: PmNode.fromJSON(schema, body) })
    const text = state.doc.textContent
    // The range covers the legacy runs only: "Trước: " and " — sau." are outside it.
    const from = 1 + text.indexOf('§')
    const to = 1 + text.indexOf(' — sau.')
    const tr = legacyConversion(
      state.apply(state.tr.setSelection(TextSelection.create(state.doc, from))),
      from,
      to,
      'tcvn3',
    )
    expect(tr).not.toBeNull()
    const after = tr!.doc
    expect(after.textContent).toBe('Trước: Đồng chí Hoàng Thị Mai Anh — sau.')
    const boldText: string[] = []
    after.descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === 'bold')) boldText.push(node.text ?? '')
    })
    expect(boldText).toEqual(['Đồng chí '])
  })

  it('leaves Unicode words alone when asked for the misread words only', () => {
    const state = EditorState.create({ doc: PmNode.fromJSON(schema, doc(p(t('Đồng chí Hoàng, Hoµng')))) })
    const end = state.doc.content.size - 1
    expect(legacyConversion(state, 1, end, 'tcvn3', true)?.doc.textContent).toBe('Đồng chí Hoàng, Hoàng')
    // Taken whole, "chí" would read as TCVN3's "chớ": that is why a mixed selection is not.
    expect(legacyConversion(state, 1, end, 'tcvn3')?.doc.textContent).toBe('Đồng chớ Hoàng, Hoàng')
    const unicode = EditorState.create({ doc: PmNode.fromJSON(schema, doc(p(t('Đồng chí Hoàng')))) })
    expect(legacyConversion(unicode, 1, unicode.doc.content.size - 1, 'tcvn3', true)).toBeNull()
  })
})
