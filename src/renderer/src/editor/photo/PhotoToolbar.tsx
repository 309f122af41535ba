import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { figureAttrs } from '@shared/nodes/figureNode'
import { deletePhoto, movePhoto, photoPosition, selectedPhoto, setPhotoAttrs } from './photoEdits'
import { PhotoAltDialog } from './PhotoAltDialog'
import { usePhotoToolbarPlace } from './usePhotoToolbarPlace'

/** Which photo an action that waits (a file picker, a dialog) is for. */
interface PhotoRef {
  pos: number
  assetId: string
}

interface Props {
  editor: Editor
  /** "Thay ảnh…": the picked file, for the photo selected when it was asked for. */
  onReplace(file: File, photo: PhotoRef): void
}

const PRESETS = [100, 75, 50] as const

/** The selected photo's own buttons: width presets, replace, alt text, move and delete. */
export function PhotoToolbar({ editor, onReplace }: Props) {
  const { t } = useTranslation()
  const fileInput = useRef<HTMLInputElement>(null)
  const replacing = useRef<PhotoRef | null>(null)
  const bar = useRef<HTMLDivElement>(null)
  const [altFor, setAltFor] = useState<(PhotoRef & { alt: string }) | null>(null)
  const photo = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selected = selectedPhoto(e.state)
      if (!selected) return null
      const { assetId, alt, width } = figureAttrs(selected.node.attrs)
      return { pos: selected.pos, assetId, alt, width }
    },
    equalityFn: (a, b) =>
      a === b ||
      (a !== null &&
        b !== null &&
        a.pos === b.pos &&
        a.assetId === b.assetId &&
        a.alt === b.alt &&
        a.width === b.width),
  })
  const place = usePhotoToolbarPlace(editor, photo?.pos ?? null, bar)
  const focusEditor = () =>
    // After the modal has closed: the page behind it is inert until then.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus()
    })
  const closeAlt = () => {
    setAltFor(null)
    focusEditor()
  }
  // Outside the toolbar, so a file picked after the selection moved still arrives.
  const offBar = (
    <>
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        hidden
        data-testid="photo-replace-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          const target = replacing.current
          if (file && target) onReplace(file, target)
          e.target.value = ''
        }}
      />
      <PhotoAltDialog
        alt={altFor?.alt ?? null}
        onCancel={closeAlt}
        onSave={(alt) => {
          const pos = altFor && photoPosition(editor.state, altFor.pos, altFor.assetId)
          const tr = pos === null || pos === undefined ? null : setPhotoAttrs(editor.state, pos, { alt })
          if (tr) editor.view.dispatch(tr)
          closeAlt()
        }}
      />
    </>
  )
  if (!photo) return offBar
  const run = (make: () => ReturnType<typeof movePhoto>) => {
    const tr = make()
    if (tr) editor.view.dispatch(tr)
    editor.view.focus()
  }
  const button = (key: string, label: string, action: () => void, active = false) => (
    <button
      key={key}
      type="button"
      className={active ? 'st-tool is-active' : 'st-tool'}
      aria-pressed={active}
      onMouseDown={(e) => e.preventDefault()}
      onClick={action}
    >
      {label}
    </button>
  )
  return (
    <>
      <div
        ref={bar}
        className="st-photo-toolbar"
        style={place}
        role="toolbar"
        aria-label={t('photo.toolbar')}
      >
        {PRESETS.map((width) =>
          button(
            `width-${width}`,
            `${width} %`,
            () => run(() => setPhotoAttrs(editor.state, photo.pos, { width })),
            photo.width === width,
          ),
        )}
        <span className="st-sep" />
        {button('replace', t('photo.replace'), () => {
          replacing.current = { pos: photo.pos, assetId: photo.assetId }
          fileInput.current?.click()
        })}
        {button('alt', t('photo.alt'), () =>
          setAltFor({ pos: photo.pos, assetId: photo.assetId, alt: photo.alt }),
        )}
        <span className="st-sep" />
        {button('up', t('photo.up'), () => run(() => movePhoto(editor.state, 'up')))}
        {button('down', t('photo.down'), () => run(() => movePhoto(editor.state, 'down')))}
        <span className="st-sep" />
        {button('delete', t('photo.delete'), () => run(() => deletePhoto(editor.state)))}
      </div>
      {offBar}
    </>
  )
}
