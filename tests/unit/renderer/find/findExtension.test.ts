import { describe, expect, it } from 'vitest'
import { Node as PmNode } from '@tiptap/pm/model'
import { history, undo } from '@tiptap/pm/history'
import { EditorState } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { bodySchema } from '@shared/body/bodyExtensions'
import type { BodyNode } from '@shared/model/body'
import type { FindOptions } from '@shared/text/findMatches'
import { bodyMatches } from '@renderer/find/bodyMatches'
import {
  findPlugin,
  findState,
  replaceAllBodyMatches,
  replaceCurrentBodyMatch,
  selectBodyMatch,
  setFindQuery,
} from '@renderer/find/findExtension'
import { bold, doc, field, p, t, table, td, tr } from '../../../fixtures/builders'

const schema = bodySchema()
const tones: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: true }

/**
 * Just enough of a view for the find functions: a state, a dispatch, and a page with no rendered hit
 * to scroll to (the e2e suite checks the scrolling in Chromium).
 */
function viewOf(body: BodyNode): EditorView & { state: EditorState } {
  const view = {
    dom: { querySelector: () => null },
    state: EditorState.create({ doc: PmNode.fromJSON(schema, body), plugins: [history(), findPlugin()] }),
    dispatch(tr: Parameters<EditorView['dispatch']>[0]) {
      view.state = view.state.apply(tr)
    },
  }
  return view as unknown as EditorView & { state: EditorState }
}

const texts = (view: EditorView) =>
  findState(view.state).matches.map((m) => view.state.doc.textBetween(m.from, m.to))

describe('find in the body', () => {
  it('finds matches across marks, fields and table cells, in document order', () => {
    const view = viewOf(
      doc(
        p(t('Hò'), t('a', bold), t(' bình, '), field('chair'), t(' hoà')),
        table(tr(td('hóa đơn'), td('hơ'))),
      ),
    )
    setFindQuery(view, 'hoa', tones)
    expect(texts(view)).toEqual(['Hòa', 'hoà', 'hóa'])
    // A field node is one position and never part of a match.
    expect(bodyMatches(view.state.doc, '\uFFFC', tones)).toEqual([])
    setFindQuery(view, '', tones)
    expect(findState(view.state).matches).toEqual([])
    expect(findState(view.state).decorations.find()).toHaveLength(0)
  })

  it('decorates every match and marks the current one', () => {
    const view = viewOf(doc(p(t('hòa hoà hóa'))))
    setFindQuery(view, 'hoa', tones)
    selectBodyMatch(view, 1)
    const decos = findState(view.state).decorations.find()
    expect(decos).toHaveLength(3)
    const current = findState(view.state).matches[1]!
    expect(view.state.selection.from).toBe(current.from)
    expect(view.state.selection.to).toBe(current.to)
  })

  it('replaces all matches in one undo step, keeping the marks of each match start', () => {
    const view = viewOf(doc(p(t('Hò', bold), t('a bình và hoà hợp')), p(t('hóa'))))
    const before = view.state.doc
    setFindQuery(view, 'hoa', tones)
    expect(replaceAllBodyMatches(view, 'An')).toBe(3)
    expect(view.state.doc.textContent).toBe('An bình và An hợpAn')
    const first = view.state.doc.firstChild!.firstChild!
    expect(first.text).toBe('An')
    expect(first.marks.map((m) => m.type.name)).toEqual(['bold'])
    expect(findState(view.state).matches).toEqual([])
    undo(view.state, view.dispatch)
    expect(view.state.doc.eq(before)).toBe(true)
    expect(texts(view)).toHaveLength(3)
  })

  it('replaces the current match and moves on to the next, even when the new text matches', () => {
    const view = viewOf(doc(p(t('hoa một, hoa hai'))))
    setFindQuery(view, 'hoa', tones)
    selectBodyMatch(view, 0)
    expect(replaceCurrentBodyMatch(view, 'hoa hồng')).toBe(true)
    expect(view.state.doc.textContent).toBe('hoa hồng một, hoa hai')
    const state = findState(view.state)
    expect(state.matches).toHaveLength(2)
    expect(state.current).toBe(1)
  })

  it('keeps the current match while the text around it is edited', () => {
    const view = viewOf(doc(p(t('hoa một, hoa hai'))))
    setFindQuery(view, 'hoa', tones)
    selectBodyMatch(view, 1)
    view.dispatch(view.state.tr.insertText('Mở đầu. ', 1))
    expect(findState(view.state).current).toBe(1)
    expect(texts(view)).toEqual(['hoa', 'hoa'])
  })

  it('keeps the highlights equal to the matches through typing inside, around and across hits', () => {
    const view = viewOf(doc(p(t('hoa một, hoa hai')), p(t('và hòa ba'))))
    setFindQuery(view, 'hoa', tones)
    selectBodyMatch(view, 1)
    const highlights = () =>
      findState(view.state)
        .decorations.find()
        .map((d) => `${d.from}-${d.to}${(d.spec as { current: boolean }).current ? '*' : ''}`)
        .sort()
    const expected = () => {
      const { matches, current } = findState(view.state)
      return matches.map((m, i) => `${m.from}-${m.to}${i === current ? '*' : ''}`).sort()
    }
    const edits: ((s: EditorState) => ReturnType<EditorState['tr']['insertText']>)[] = [
      (s) => s.tr.insertText('x', 2), // inside the first hit: it stops matching
      (s) => s.tr.delete(2, 3), // and matches again
      (s) => s.tr.insertText(' hoa', 4), // a new hit right after one
      (s) => s.tr.insertText('h', s.doc.content.size - 2), // in the second paragraph
      (s) => s.tr.delete(3, s.doc.firstChild!.nodeSize + 4), // across paragraphs and hits
      (s) => s.tr.insertText('Hoá hoa ', 1),
    ]
    for (const edit of edits) {
      view.dispatch(edit(view.state))
      expect(highlights()).toEqual(expected())
      expect(findState(view.state).matches.length).toBe(bodyMatches(view.state.doc, 'hoa', tones).length)
    }
    expect(highlights().length).toBeGreaterThan(2)
  })
})
