import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { cleanPastedSlice } from '@shared/body/cleanPastedSlice'

/**
 * Cleans every paste (HTML and plain text alike: ProseMirror runs `transformPasted` on both) before it
 * enters the document; see `cleanPastedSlice`. Pasted markup never reaches here: only nodes the body
 * schema parsed, so scripts, `on*` attributes, styles and foreign images are already gone.
 */
export const PasteCleaner = Extension.create({
  name: 'pasteCleaner',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: { transformPasted: (slice) => cleanPastedSlice(slice) },
      }),
    ]
  },
})
