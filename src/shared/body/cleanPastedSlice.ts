import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model'
import { cleanText } from '../text/cleanText'
import { policedLinkMarks } from './policedLinkMarks'

/** Two or more white-space characters of any kind (space, tab, NBSP, narrow NBSP, ideographic space). */
const SPACE_RUN = /\s{2,}/g
/** Tabs, which Word and spreadsheets paste between words: a space each. */
const TABS = /\t/g
/** Any white space but a lone no-break space between words, which may be meant (numbers, initials). */
const ANY_SPACE = /\s/

interface Edges {
  /** The block continues text already in the document there, so its padding is the officer's. */
  openStart: boolean
  openEnd: boolean
}

/**
 * Text pasted from web pages and Word as the report should hold it: NFC, control characters removed,
 * Word's manual line breaks (\v, U+2028) made line breaks, tabs made spaces,
 * every run of padding (dozens of no-break spaces pushing a byline right, tabs, double spaces) made one
 * space, and a block's leading and trailing padding dropped. Block ends that join text already in the
 * document (an open slice) keep one space, so words never merge. Links go through the link policy:
 * a refused one leaves its words as plain text, an allowed one keeps its normalised target.
 */
export function cleanPastedSlice(slice: Slice): Slice {
  return new Slice(
    cleanFragment(slice.content, slice.openStart, slice.openEnd),
    slice.openStart,
    slice.openEnd,
  )
}

function cleanFragment(fragment: Fragment, openStart: number, openEnd: number): Fragment {
  if (fragment.childCount > 0 && fragment.firstChild?.isInline) {
    // Inline content at the top of the slice: the paste lands inside an existing paragraph.
    return cleanInline(fragment, { openStart: true, openEnd: true })
  }
  const children: PMNode[] = []
  fragment.forEach((child, _offset, index) => {
    // How deep this child is open on each side; -1 when closed (not the slice's first or last child).
    const startOpen = index === 0 ? openStart - 1 : -1
    const endOpen = index === fragment.childCount - 1 ? openEnd - 1 : -1
    if (child.isTextblock) {
      const content = cleanInline(child.content, { openStart: startOpen >= 0, openEnd: endOpen >= 0 })
      children.push(child.copy(content))
    } else if (child.isLeaf) {
      children.push(child)
    } else {
      children.push(child.copy(cleanFragment(child.content, startOpen, endOpen)))
    }
  })
  return Fragment.fromArray(children)
}

function cleanInline(content: Fragment, edges: Edges): Fragment {
  const out: PMNode[] = []
  // True when the text before is a space or the block's (trimmed) start: the next space is padding.
  let afterSpace = !edges.openStart
  // A line break ends its line's padding, and the next line's starts again.
  const breakLine = (node: PMNode) => {
    trimTrailingSpace(out)
    out.push(node)
    afterSpace = true
  }
  content.forEach((child) => {
    if (!child.isText) {
      const node = child.mark(policedLinkMarks(child.marks))
      if (child.type.name === 'hardBreak') return breakLine(node)
      out.push(node)
      afterSpace = false
      return
    }
    // Word's manual line break (\v) and U+2028 stay line breaks, as Enter-less lines in the report.
    const lines = cleanText(child.text ?? '', 'keepLines')
      .replace(TABS, ' ')
      .split('\n')
    lines.forEach((line, index) => {
      if (index > 0) breakLine(child.type.schema.nodes.hardBreak!.create())
      let text = line.replace(SPACE_RUN, ' ')
      if (afterSpace && ANY_SPACE.test(text[0] ?? '')) text = text.slice(1)
      if (text === '') return
      afterSpace = ANY_SPACE.test(text[text.length - 1] ?? '')
      out.push(child.type.schema.text(text, policedLinkMarks(child.marks)))
    })
  })
  if (!edges.openEnd) trimTrailingSpace(out)
  return Fragment.fromArray(out)
}

/** Drops the white space ending the last text node (and the node, when nothing else is left). */
function trimTrailingSpace(out: PMNode[]): void {
  const last = out[out.length - 1]
  if (!last?.isText) return
  const text = (last.text ?? '').replace(/\s+$/, '')
  if (text === '') out.pop()
  else out[out.length - 1] = last.type.schema.text(text, last.marks)
}
