import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LinkDialog } from './LinkDialog'
import { ParagraphStyleSelect } from './style/ParagraphStyleSelect'
import { TableSizePicker } from './table/TableSizePicker'
import { TableToolbar } from './table/TableToolbar'
import { ToolIcon } from './ToolIcon'
import { useLinkDialog } from './useLinkDialog'
import { openFindBar } from '../find/findBarState'

interface Props {
  editor: Editor
  onInsertImage(file: File): void
}

type Align = 'left' | 'center' | 'right' | 'justify'

/** Formatting buttons; re-renders only when the active marks or alignment under the cursor change. */
export function Toolbar({ editor, onInsertImage }: Props) {
  const { t } = useTranslation()
  const fileInput = useRef<HTMLInputElement>(null)
  const linkDialog = useLinkDialog(editor)
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      align:
        (['left', 'center', 'right', 'justify'] as Align[]).find((a) => e.isActive({ textAlign: a })) ??
        'left',
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  })
  const chain = () => editor.chain().focus()
  const button = (
    key: string,
    label: string,
    active: boolean,
    run: () => void,
    text: ReactNode,
    disabled = false,
  ) => (
    <button
      key={key}
      type="button"
      className={active ? 'st-tool is-active' : 'st-tool'}
      aria-label={label}
      aria-pressed={active}
      title={label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  )
  const alignButton = (a: Align, label: string, text: ReactNode) =>
    button(`align-${a}`, label, state.align === a, () => chain().setTextAlign(a).run(), text)
  return (
    <>
      <div className="st-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        {button(
          'undo',
          t('toolbar.undo'),
          false,
          () => chain().undo().run(),
          <ToolIcon name="undo" />,
          !state.canUndo,
        )}
        {button(
          'redo',
          t('toolbar.redo'),
          false,
          () => chain().redo().run(),
          <ToolIcon name="redo" />,
          !state.canRedo,
        )}
        <span className="st-sep" />
        {button('bold', t('toolbar.bold'), state.bold, () => chain().toggleBold().run(), 'B')}
        {button('italic', t('toolbar.italic'), state.italic, () => chain().toggleItalic().run(), 'I')}
        {button(
          'underline',
          t('toolbar.underline'),
          state.underline,
          () => chain().toggleUnderline().run(),
          'U',
        )}
        {button('strike', t('toolbar.strike'), state.strike, () => chain().toggleStrike().run(), 'S')}
        <span className="st-sep" />
        <ParagraphStyleSelect editor={editor} />
        {button(
          'bullet',
          t('toolbar.bulletList'),
          state.bulletList,
          () => chain().toggleBulletList().run(),
          <ToolIcon name="bullet" />,
        )}
        {button(
          'ordered',
          t('toolbar.orderedList'),
          state.orderedList,
          () => chain().toggleOrderedList().run(),
          <ToolIcon name="ordered" />,
        )}
        <span className="st-sep" />
        {alignButton('left', t('toolbar.alignLeft'), <ToolIcon name="alignLeft" />)}
        {alignButton('center', t('toolbar.alignCenter'), <ToolIcon name="alignCenter" />)}
        {alignButton('right', t('toolbar.alignRight'), <ToolIcon name="alignRight" />)}
        {alignButton('justify', t('toolbar.alignJustify'), <ToolIcon name="alignJustify" />)}
        <span className="st-sep" />
        {button('link', t('toolbar.link'), state.link, linkDialog.open, <ToolIcon name="link" />)}
        <TableSizePicker editor={editor} />
        {button(
          'image',
          t('toolbar.image'),
          false,
          () => fileInput.current?.click(),
          <ToolIcon name="image" />,
        )}
        <span className="st-sep" />
        {button('find', t('find.label'), false, () => openFindBar('replace'), <ToolIcon name="find" />)}
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          hidden
          data-testid="image-input"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) onInsertImage(file)
            e.target.value = ''
          }}
        />
      </div>
      <TableToolbar editor={editor} />
      <LinkDialog dialog={linkDialog} />
    </>
  )
}
