import { Extension } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { detectLegacyEncoding, type LegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { legacyConversion } from './legacyConversion'

interface LegacyPasteOptions {
  /** A paste was converted; one Ctrl+Z gives back the text as it came. */
  onConverted(encoding: LegacyEncoding): void
}

/**
 * A paste of TCVN3 or VNI text (plain or from Word) goes in as two undo steps: the text as it came,
 * then its conversion to Unicode. The officer is told, and Ctrl+Z keeps the original if the guess
 * was wrong. Detection reads the whole paste (detectLegacyEncoding), never one character.
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
          handlePaste: (view, _event, slice) => {
            const text = slice.content.textBetween(0, slice.content.size, '\n', ' ')
            const detection = detectLegacyEncoding(text)
            if (!detection) return false
            const before = view.state.selection.from
            const paste = view.state.tr.replaceSelection(slice)
            view.dispatch(paste.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
            const from = paste.mapping.map(before, -1)
            const converted = legacyConversion(view.state, from, view.state.selection.to, detection.encoding)
            if (converted) view.dispatch(closeHistory(converted))
            options.onConverted(detection.encoding)
            return true
          },
        },
      }),
    ]
  },
})
