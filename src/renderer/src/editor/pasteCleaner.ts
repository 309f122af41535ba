import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { cleanPastedSlice } from '@shared/body/cleanPastedSlice'
import { plainTextSlice } from '@shared/body/plainTextSlice'

/**
 * Cleans every paste (HTML and plain text alike: ProseMirror runs `transformPasted` on both) before it
 * enters the document; see `cleanPastedSlice`. Plain text is first split into paragraphs at blank lines. Pasted markup never reaches here: only nodes the body
 * schema parsed, so scripts, `on*` attributes, styles and foreign images are already gone.
 */
export const PasteCleaner = Extension.create({
  name: 'pasteCleaner',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: {
          // Plain text: blank lines make paragraphs, single line ends line breaks (plainTextSlice).
          clipboardTextParser: (text, $context) =>
            plainTextSlice($context.doc.type.schema, text, $context.marks()),
          transformPasted: (slice) => cleanPastedSlice(slice),
        },
      }),
    ]
  },
})
