import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Node as PmNode } from '@tiptap/pm/model'
import { EditorState, type PluginView } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { bodySchema } from '@shared/body/bodyExtensions'
import type { BodyNode } from '@shared/model/body'
import { WordChecker } from '@shared/spell/wordChecker'
import { misspellingAt, spellPlugin } from '@renderer/spell/spellExtension'
import type { SpellItem } from '@renderer/spell/spellProtocol'
import { doc, field, p, t } from '../../../fixtures/builders'
import { viDictionary } from '../../shared/spell/viDictionary'

const schema = bodySchema()
const checker = new WordChecker(viDictionary())

/** The worker's part, in process: records what is sent; answers when the test says so. */
class FakeService {
  enabled = true
  sent: SpellItem[][] = []
  private answers: (() => void)[] = []
  private listeners = new Set<() => void>()
  subscribe(listener: () => void) {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  turn(on: boolean) {
    this.enabled = on
    for (const l of this.listeners) l()
  }
  check(items: SpellItem[]) {
    this.sent.push(items)
    return new Promise<{ type: 'checked'; id: number; results: never[]; ms: number }>((resolve) => {
      this.answers.push(() =>
        resolve({
          type: 'checked',
          id: 0,
          results: items.map((i) => ({ key: i.key, misspellings: checker.misspellings(i.text) })) as never[],
          ms: 0,
        }),
      )
    })
  }
  /** Lets every check in flight answer. */
  async answer() {
    const now = this.answers
    this.answers = []
    for (const a of now) a()
    await Promise.resolve()
    await Promise.resolve()
  }
}

/** A state and a dispatch that runs the plugin view's update, as EditorView does. */
function viewOf(body: BodyNode, service: FakeService) {
  const plugin = spellPlugin(service)
  const holder: { pluginView?: PluginView } = {}
  const view = {
    state: EditorState.create({ doc: PmNode.fromJSON(schema, body), plugins: [plugin] }),
    dispatch(tr: Parameters<EditorView['dispatch']>[0]) {
      const prev = view.state
      view.state = view.state.apply(tr)
      holder.pluginView?.update?.(view as unknown as EditorView, prev)
    },
  }
  const pluginView = plugin.spec.view!(view as unknown as EditorView)
  holder.pluginView = pluginView
  return { view, destroy: () => pluginView.destroy?.() }
}

/** Where `word` starts in the document. */
function posOf(state: EditorState, word: string): number {
  let at = -1
  state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(word)) at = pos + node.text!.indexOf(word)
    return at < 0
  })
  return at
}

const underlined = (state: EditorState) => {
  const words: string[] = []
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (let i = 0; i < node.text!.length; i++) {
      const m = misspellingAt(state, pos + i + 1)
      if (m && !words.includes(`${m.word}@${m.from}`)) words.push(`${m.word}@${m.from}`)
    }
    return false
  })
  return words
}

describe('the body’s spell-check plugin', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks every paragraph once, then only the paragraph typed in, after a pause', async () => {
    const service = new FakeService()
    const { view, destroy } = viewOf(
      doc(p(t('Hội nghị huyệnn')), p(t('Đoạn hai '), field('chair'), t(' đúng')), p(t('Đoạn ba'))),
      service,
    )
    await vi.advanceTimersByTimeAsync(200)
    expect(service.sent.map((items) => items.length)).toEqual([3])
    // An inline field is one position and not a letter.
    expect(service.sent[0]![1]!.text).toBe('Đoạn hai \uFFFC đúng')
    await service.answer()
    expect(underlined(view.state)).toEqual(['huyệnn@10'])

    // Three keys in the third paragraph, quickly: nothing is sent until typing pauses.
    const end = view.state.doc.content.size - 1
    for (const ch of ['x', 'y', 'z']) {
      view.dispatch(view.state.tr.insertText(ch, end + ['x', 'y', 'z'].indexOf(ch)))
      await vi.advanceTimersByTimeAsync(50)
    }
    expect(service.sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(service.sent).toHaveLength(2)
    expect(service.sent[1]!.map((i) => i.text)).toEqual(['Đoạn baxyz'])
    await service.answer()
    expect(underlined(view.state).map((w) => w.split('@')[0])).toEqual(['huyệnn', 'baxyz'])
    destroy()
  })

  it('places an answer where its paragraph has moved to, and drops one whose paragraph changed', async () => {
    const service = new FakeService()
    const { view, destroy } = viewOf(doc(p(t('Mộtt')), p(t('Hai huyệnn'))), service)
    await vi.advanceTimersByTimeAsync(200)
    // While the check is in flight, a paragraph is added before both and the first is typed in.
    view.dispatch(view.state.tr.insert(0, schema.node('paragraph', null, schema.text('Mới'))))
    view.dispatch(view.state.tr.insertText('x', 6))
    expect(view.state.doc.child(1).textContent).toBe('xMộtt')
    await service.answer()
    // "Hai huyệnn" is underlined where it is now; the answer for "Mộtt" no longer fits and is dropped.
    expect(underlined(view.state)).toEqual([`huyệnn@${posOf(view.state, 'huyệnn')}`])
    await vi.advanceTimersByTimeAsync(200)
    expect(service.sent[1]!.map((i) => i.text)).toEqual(['Mới', 'xMộtt'])
    await service.answer()
    expect(underlined(view.state)).toEqual([
      `xMộtt@${posOf(view.state, 'xMộtt')}`,
      `huyệnn@${posOf(view.state, 'huyệnn')}`,
    ])
    destroy()
  })

  it('clears every underline when turned off and checks everything again when turned on', async () => {
    const service = new FakeService()
    const { view, destroy } = viewOf(doc(p(t('Hai huyệnn'))), service)
    await vi.advanceTimersByTimeAsync(200)
    await service.answer()
    expect(underlined(view.state)).toHaveLength(1)
    service.turn(false)
    expect(underlined(view.state)).toEqual([])
    view.dispatch(view.state.tr.insertText(' sai', view.state.doc.content.size - 1))
    await vi.advanceTimersByTimeAsync(200)
    expect(service.sent).toHaveLength(1)
    service.turn(true)
    await vi.advanceTimersByTimeAsync(200)
    expect(service.sent[1]!.map((i) => i.text)).toEqual(['Hai huyệnn sai'])
    await service.answer()
    expect(underlined(view.state)).toHaveLength(1)
    destroy()
  })
})
