import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/** Receives dropped or pasted files in order; `at` is the drop position, absent for a paste (the caret). */
export type PhotoFilesHandler = (files: File[], at?: number) => void

interface PhotoDropPasteOptions {
  onFiles: PhotoFilesHandler
}

/** Clipboard files that claim to be images: a screenshot's bitmap or a copied image file. */
function pastedImageFiles(data: DataTransfer): File[] {
  const files = [...data.files]
  const fromItems = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null)
  return (files.length > 0 ? files : fromItems).filter((file) => file.type.startsWith('image/'))
}

/**
 * Dropped files and pasted images become photos through the caller (the same checks as "Chèn ảnh").
 * Every dropped file is handled here, images or not, so none reaches the browser's default (opening it)
 * and a refused one gets a message. A paste is taken only when the clipboard has image files and no
 * text: Word and Excel put a picture of the copied text beside it, which must paste as text, while a
 * screenshot or a browser's "Copy image" has none. Pasted HTML and its `<img>` stay with PasteCleaner.
 */
export const PhotoDropPaste = Extension.create<PhotoDropPasteOptions>({
  name: 'photoDropPaste',
  addOptions() {
    return { onFiles: () => undefined }
  },
  addProseMirrorPlugins() {
    const { onFiles } = this.options
    return [
      new Plugin({
        key: new PluginKey('photoDropPaste'),
        props: {
          handleDOMEvents: {
            drop: (view, event) => {
              const files = event.dataTransfer ? [...event.dataTransfer.files] : []
              if (files.length === 0) return false
              event.preventDefault()
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
              onFiles(files, at)
              return true
            },
          },
          handlePaste: (_view, event) => {
            const data = event.clipboardData
            if (!data || data.getData('text/plain').trim() !== '') return false
            const files = pastedImageFiles(data)
            if (files.length === 0) return false
            onFiles(files)
            return true
          },
        },
      }),
    ]
  },
})
