import type { ChainedCommands, Editor } from '@tiptap/core'
import type { StyleKey } from '@shared/export/docx/docxStyles'

/** A paragraph style of the style list, as Word's: what it is called, what it prints as, how to set it. */
interface ParagraphStyle {
  id: 'body' | 'lead' | 'conclusion' | 'heading2' | 'heading3' | 'heading4' | 'quote'
  /** The named DOCX style it becomes. */
  docxStyle: StyleKey
  /** The element it becomes in the web page. */
  htmlTag: 'p' | 'h2' | 'h3' | 'h4' | 'blockquote'
  apply(chain: ChainedCommands): ChainedCommands
}

/** Back to a plain body paragraph: out of a quote, no heading, no role. */
const plain = (chain: ChainedCommands): ChainedCommands =>
  chain
    .command(({ editor, commands }) => (editor.isActive('blockquote') ? commands.lift('blockquote') : true))
    .setParagraph()
    .updateAttributes('paragraph', { role: null })

const withRole = (role: 'lead' | 'conclusion') => (chain: ChainedCommands) =>
  plain(chain).updateAttributes('paragraph', { role })

const heading = (level: 2 | 3 | 4) => (chain: ChainedCommands) =>
  chain
    .command(({ editor, commands }) => (editor.isActive('blockquote') ? commands.lift('blockquote') : true))
    .setHeading({ level })

/**
 * The style list in the toolbar, in Word's order. "Đề mục 1–3" are the body's headings h2–h4: the
 * report's title is its only h1.
 */
export const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  { id: 'body', docxStyle: 'body', htmlTag: 'p', apply: plain },
  { id: 'lead', docxStyle: 'lead', htmlTag: 'p', apply: withRole('lead') },
  { id: 'heading2', docxStyle: 'heading2', htmlTag: 'h2', apply: heading(2) },
  { id: 'heading3', docxStyle: 'heading3', htmlTag: 'h3', apply: heading(3) },
  { id: 'heading4', docxStyle: 'heading4', htmlTag: 'h4', apply: heading(4) },
  { id: 'quote', docxStyle: 'quote', htmlTag: 'blockquote', apply: (c) => plain(c).wrapIn('blockquote') },
  { id: 'conclusion', docxStyle: 'conclusion', htmlTag: 'p', apply: withRole('conclusion') },
]

/** The style of the block the caret is in, or null where the list does not apply (a table cell's header, a photo…). */
export function activeParagraphStyle(editor: Editor): ParagraphStyle['id'] | null {
  for (const level of [2, 3, 4] as const) {
    if (editor.isActive('heading', { level })) return `heading${level}`
  }
  if (!editor.isActive('paragraph')) return null
  if (editor.isActive('blockquote')) return 'quote'
  const role: unknown = editor.getAttributes('paragraph').role
  return role === 'lead' || role === 'conclusion' ? role : 'body'
}

/** Sets the style on the blocks of the selection, as one undo step. */
export function applyParagraphStyle(editor: Editor, id: string): boolean {
  const style = PARAGRAPH_STYLES.find((s) => s.id === id)
  return style ? style.apply(editor.chain().focus()).run() : false
}
