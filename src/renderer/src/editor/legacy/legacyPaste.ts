import { Extension } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import {
  detectLegacyEncoding,
  likelyLegacyEncoding,
  type LegacyEncoding,
} from '@shared/text/legacy/detectLegacyEncoding'
import { legacyConversion } from './legacyConversion'

interface LegacyPasteOptions {
  /** A paste was converted; one Ctrl+Z gives back the text as it came. */
  onConverted(encoding: LegacyEncoding): void
}

/**
 * A paste of TCVN3 or VNI text (plain or from Word) goes in as two undo steps: the text as it came,
 * then its conversion to Unicode. The officer is told, and Ctrl+Z keeps the original if the guess
 * was wrong. Detection reads the whole paste (detectLegacyEncoding), never one character; a Word run in
 * a `.Vn…` or `VNI-…` font lets a shorter paste count.
 */
export const LegacyPaste = Extension.create<LegacyPasteOptions>({
  name: 'legacyPaste',
  addOptions() {
    return { onConverted: () => undefined }
  },
  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('legacyPaste'),
        props: {
          handlePaste: (view, event, slice) => {
            const text = slice.content.textBetween(0, slice.content.size, '\n', ' ')
            const encoding = detectLegacyEncoding(text)?.encoding ?? fontSaysLegacy(event.clipboardData, text)
            if (!encoding) return false
            const before = view.state.selection.from
            const paste = view.state.tr.replaceSelection(slice)
            view.dispatch(paste.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
            const from = paste.mapping.map(before, -1)
            const converted = legacyConversion(view.state, from, view.state.selection.to, encoding)
            if (converted) view.dispatch(closeHistory(converted))
            options.onConverted(encoding)
            return true
          },
        },
      }),
    ]
  },
})

/** Word's HTML names the font of each run: `.VnTime`, `.VnArial`… are TCVN3, `VNI-Times`… VNI. */
const LEGACY_FONT = /font-family:\s*(?:&quot;|["'])?(?:(\.Vn)|(VNI-))/i

/**
 * A paste too short to tell by its words (one name) still is legacy text when Word says its font is a
 * TCVN3 or VNI one and at least one word reads better decoded in that encoding.
 */
function fontSaysLegacy(data: DataTransfer | null, text: string): LegacyEncoding | null {
  const font = LEGACY_FONT.exec(data?.getData('text/html') ?? '')
  if (!font) return null
  const named: LegacyEncoding = font[1] ? 'tcvn3' : 'vni'
  return likelyLegacyEncoding(text) === named ? named : null
}
