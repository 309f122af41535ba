import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Keeps the document in NFC whatever the keyboard or clipboard sends (macOS, Windows' own Vietnamese
 * keyboard and PDFs give decomposed text). Only text nodes touched by the transaction are checked.
 */
export const NfcNormalizer = Extension.create({
  name: 'nfcNormalizer',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('nfcNormalizer'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((t) => t.docChanged)) return null
          const ranges: Array<[number, number]> = []
          for (const t of transactions) {
            for (const map of t.mapping.maps) {
              map.forEach((_os, _oe, start, end) => ranges.push([start, end]))
            }
          }
          const tr = state.tr
          const size = state.doc.content.size
          for (const [rawFrom, rawTo] of ranges) {
            const from = Math.max(0, Math.min(rawFrom, size) - 1)
            const to = Math.min(size, Math.max(rawTo, rawFrom) + 1)
            state.doc.nodesBetween(from, to, (node, pos) => {
              if (!node.isText || !node.text) return
              const nfc = node.text.normalize('NFC')
              if (nfc === node.text) return
              const start = tr.mapping.map(pos)
              tr.replaceWith(start, start + node.text.length, state.schema.text(nfc, node.marks))
            })
          }
          return tr.docChanged ? tr : null
        },
      }),
    ]
  },
})
