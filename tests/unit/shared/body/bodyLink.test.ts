import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { bodyExtensions } from '@shared/body/bodyExtensions'
import { doc, link, p, t } from '../../../fixtures/builders'

let editor: Editor | null = null

/** The body editor as the app runs it, with its plugins (autolink among them), but no view. */
function bodyEditor(content: ReturnType<typeof doc>): Editor {
  editor = new Editor({ element: null, extensions: bodyExtensions(), content })
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }))
  return editor
}

/** Types like a keyboard: one character at a time at the caret, each its own transaction. */
function type(e: Editor, text: string, at?: number) {
  if (at !== undefined) e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, at)))
  for (const ch of text) e.view.dispatch(e.state.tr.insertText(ch))
}

/** Each text run of the first paragraph with its link target (null when not linked). */
function runs(e: Editor): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  e.state.doc.firstChild?.forEach((n) => {
    out.push([n.text ?? '', n.marks.find((m) => m.type.name === 'link')?.attrs.href ?? null])
  })
  return out
}

describe('the body link mark', () => {
  // Node 20 has no navigator; TipTap's keymaps ask it for the platform.
  beforeAll(() => vi.stubGlobal('navigator', { platform: 'Linux', userAgent: 'node', maxTouchPoints: 0 }))
  afterEach(() => editor?.destroy())

  it('does not extend a link when typing right after it, as Word and Google Docs do', () => {
    const e = bodyEditor(doc(p('Xem ', t('tại đây', link('https://quangninh.gov.vn/')))))
    // A letter first: a typed space is unlinked by autolink anyway, which would hide the bug.
    type(e, 'nhé.', 12)
    expect(runs(e)).toEqual([
      ['Xem ', null],
      ['tại đây', 'https://quangninh.gov.vn/'],
      ['nhé.', null],
    ])
  })

  it('still links a typed web address when the space after it is typed, and only allowed ones', () => {
    const e = bodyEditor(doc(p('Xem')))
    type(
      e,
      ' https://quangninh.gov.vn/tin-tuc https://user:pass@example.com/x mailto:vp@quangninh.gov.vn ',
      4,
    )
    expect(runs(e)).toEqual([
      ['Xem ', null],
      ['https://quangninh.gov.vn/tin-tuc', 'https://quangninh.gov.vn/tin-tuc'],
      [' https://user:pass@example.com/x ', null],
      ['mailto:vp@quangninh.gov.vn', 'mailto:vp@quangninh.gov.vn'],
      [' ', null],
    ])
    // Typing straight after the autolinked address leaves the link as it was.
    type(e, '/2024', 37)
    expect(runs(e).slice(1, 3)).toEqual([
      ['https://quangninh.gov.vn/tin-tuc', 'https://quangninh.gov.vn/tin-tuc'],
      ['/2024 https://user:pass@example.com/x ', null],
    ])
  })

  it('stores every link in its normalised form, however it was made', () => {
    const e = bodyEditor(doc(p('Xem')))
    type(e, ' HTTPS://QuangNinh.gov.vn/Tin-Tức ', 4)
    expect(runs(e)[1]).toEqual([
      'HTTPS://QuangNinh.gov.vn/Tin-Tức',
      'https://quangninh.gov.vn/Tin-T%E1%BB%A9c',
    ])
    // A link a file or another program put there is normalised, or dropped when refused, once edited.
    const opened = bodyEditor(
      doc(p(t('một', link('http://Example.com')), ' ', t('hai', link('https://u:p@example.com/')))),
    )
    type(opened, 'x', 2)
    type(opened, 'y', 7)
    expect(runs(opened)).toEqual([
      ['mxột', 'http://example.com/'],
      [' hyai', null],
    ])
  })
})
