import type { FieldSource } from '../body/fieldSource'
import { figureCaptionCredit } from '../body/fieldText'
import type { BodyNode } from '../model/body'
import { INLINE_NODE_NAMES } from '../model/nodeNames'
import { shownLines } from '../nodes/shownLines'

const isInline = (node: BodyNode): boolean => (INLINE_NODE_NAMES as readonly string[]).includes(node.type)

/** The body's text as a reader sees it, in two shapes; see `bodyPlainText`. */
interface PlainTextWalker {
  /** An inline run: text as typed, fields resolved, hard breaks as "\n". */
  line(nodes: readonly BodyNode[] | undefined): string
  /** One string per paragraph a reader sees, blank ones left out, text exactly as stored. */
  paragraphs(nodes: readonly BodyNode[] | undefined): string[]
  /**
   * The text a block at `nodes[index]` of a line stands for: its words on one line, with a space on
   * either side where they would otherwise touch the text beside them.
   */
  blockInLine(nodes: readonly BodyNode[], index: number): string
}

/**
 * The one walker from body nodes to plain text, used by the word count, both exporters and the
 * recovery list. Paragraphs are each paragraph, heading, figure caption, bridge-point sentence, theme
 * header, title and byline (list items and table cells give one per paragraph inside them); inline
 * nodes found at block level form a paragraph of their own. A block found inside a line keeps its
 * words on that line, white space collapsed, set off by a space.
 */
export function bodyPlainText(source: FieldSource): PlainTextWalker {
  const inlineText = (node: BodyNode): string => {
    if (node.type === 'text') return node.text ?? ''
    if (node.type === 'hardBreak') return '\n'
    if (node.type === 'field') return shownLines(node, source)?.join('') ?? ''
    return walker.paragraphs([node]).join(' ').replace(/\s+/g, ' ').trim()
  }
  const touches = (node: BodyNode | undefined, side: 'start' | 'end'): boolean => {
    const text = node ? inlineText(node) : ''
    return text !== '' && !(side === 'end' ? /\s$/ : /^\s/).test(text)
  }

  const blockTexts = (node: BodyNode): string[] => {
    const shown = shownLines(node, source)
    if (shown) return shown
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return [walker.line(node.content)]
      case 'figure': {
        const caption = walker.line(node.content)
        const credit = figureCaptionCredit(node.content, caption, source.captionCredit())
        return [credit ? caption.trimEnd() + credit : caption]
      }
      default:
        return walker.paragraphs(node.content)
    }
  }

  const walker: PlainTextWalker = {
    line(nodes) {
      const list = nodes ?? []
      return list.map((node, i) => (isInline(node) ? inlineText(node) : walker.blockInLine(list, i))).join('')
    },

    blockInLine(nodes, index) {
      const node = nodes[index]
      const words = node ? inlineText(node) : ''
      if (!words) return ''
      const next = nodes[index + 1]
      const before = touches(nodes[index - 1], 'end') ? ' ' : ''
      const after = next && isInline(next) && touches(next, 'start') ? ' ' : ''
      return `${before}${words}${after}`
    },

    paragraphs(nodes) {
      const out: string[] = []
      let run: BodyNode[] = []
      const flush = () => {
        if (run.length > 0) out.push(walker.line(run))
        run = []
      }
      for (const node of nodes ?? []) {
        if (isInline(node)) run.push(node)
        else {
          flush()
          out.push(...blockTexts(node))
        }
      }
      flush()
      return out.filter((text) => text.trim() !== '')
    },
  }
  return walker
}
