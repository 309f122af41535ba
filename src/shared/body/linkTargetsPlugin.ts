import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { policedLinkMarks } from './policedLinkMarks'

interface Range {
  from: number
  to: number
}

/** Where the transactions changed the document, in the final document's positions; mark steps too. */
function changedRanges(transactions: readonly Transaction[]): Range[] {
  let ranges: Range[] = []
  for (const tr of transactions) {
    tr.steps.forEach((step, i) => {
      const map = tr.mapping.maps[i]
      if (!map) return
      ranges = ranges.map((r) => ({ from: map.map(r.from, -1), to: map.map(r.to, 1) }))
      const added: Range[] = []
      map.forEach((_oldFrom, _oldTo, from, to) => added.push({ from, to }))
      // Mark steps move nothing, so their map is empty: their own range is what changed.
      if (step instanceof AddMarkStep || step instanceof RemoveMarkStep)
        added.push({ from: step.from, to: step.to })
      ranges.push(...added)
    })
  }
  return ranges
}

/**
 * Keeps every link the editor holds in the link policy's normalised form, whatever made it: autolink
 * and TipTap's paste rules store the address as linkifyjs read it. Only changed ranges are looked at.
 */
export function linkTargetsPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('linkTargets'),
    appendTransaction(transactions, _oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null
      const tr = newState.tr
      const size = newState.doc.content.size
      for (const { from, to } of changedRanges(transactions)) {
        newState.doc.nodesBetween(Math.max(0, from), Math.min(size, Math.max(from, to)), (node, pos) => {
          if (!node.isInline) return true
          const marks = policedLinkMarks(node.marks)
          if (marks === node.marks) return false
          const end = pos + node.nodeSize
          for (const mark of node.marks) if (mark.type.name === 'link') tr.removeMark(pos, end, mark)
          for (const mark of marks) if (mark.type.name === 'link') tr.addMark(pos, end, mark)
          return false
        })
      }
      return tr.docChanged ? tr : null
    },
  })
}
