import { Fragment, Slice, type Mark, type Schema } from '@tiptap/pm/model'

const NBSP_PADDING = /^\u00a0+|\u00a0+$/g
/** A blank line (spaces allowed on it) ends a paragraph; several count as one. */
const BLANK_LINES = /\n(?:[ \t\u00a0]*\n)+/
/** A single line end, or Word's manual break (\v) and U+2028: a line break inside the paragraph. */
// eslint-disable-next-line no-control-regex
const LINE_END = /\n|\u000b|\u2028/

/**
 * Pasted plain text as the body holds it: a blank line starts a new paragraph, a single line end is a
 * line break within the paragraph (as typed with Shift+Enter), never a paragraph of its own. Open at
 * both ends, so the first and last lines join the paragraph the caret is in. Cleaning (NFC, padding,
 * tabs) is `cleanPastedSlice`'s, which ProseMirror runs after this.
 */
export function plainTextSlice(schema: Schema, text: string, marks: readonly Mark[]): Slice {
  const { paragraph, hardBreak } = schema.nodes
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '')
  const paragraphs = normalised.split(BLANK_LINES).map((block) => {
    const inline: ReturnType<Schema['text']>[] = []
    block.split(LINE_END).forEach((line, index) => {
      if (index > 0) inline.push(hardBreak!.create())
      // No-break spaces padding a line out (a centred or right-set line typed with spaces) go.
      const text = line.replace(NBSP_PADDING, '')
      if (text !== '') inline.push(schema.text(text, marks))
    })
    return paragraph!.create(null, inline)
  })
  return Slice.maxOpen(Fragment.fromArray(paragraphs))
}
