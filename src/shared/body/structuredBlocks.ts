import { Node } from '@tiptap/core'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'

interface BlockOptions {
  source: FieldSource
}

function fieldBlock(
  name: 'themeHeader' | 'reportTitle' | 'byline',
  tag: string,
  field: 'themeHeader' | 'title' | 'byline',
) {
  return Node.create<BlockOptions>({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: false,
    addOptions() {
      return { source: EMPTY_FIELD_SOURCE }
    },
    parseHTML() {
      return [{ tag: `${tag}[data-block="${name}"]` }]
    },
    renderHTML() {
      return [tag, { 'data-block': name, class: `st-${name}` }, this.options.source.fieldText(field)]
    },
    renderText() {
      return this.options.source.fieldText(field)
    },
  })
}

/** The unit's annual working theme, at the top of the report. */
export const ThemeHeader = fieldBlock('themeHeader', 'p', 'themeHeader')
/** The report's title, from the title field. */
export const ReportTitle = fieldBlock('reportTitle', 'h1', 'title')
/** Author and unit, right-aligned, closing the report. */
export const Byline = fieldBlock('byline', 'p', 'byline')

/** Every bridge point as its own sentence, in the panel's order. */
export const BridgePoints = Node.create<BlockOptions>({
  name: 'bridgePoints',
  group: 'block',
  atom: true,
  selectable: true,
  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },
  addAttributes() {
    return {
      pattern: { default: '', parseHTML: (el) => el.getAttribute('data-pattern') ?? '' },
      patternNoChair: { default: '', parseHTML: (el) => el.getAttribute('data-pattern-no-chair') ?? '' },
    }
  },
  parseHTML() {
    return [{ tag: 'div[data-block="bridgePoints"]' }]
  },
  renderHTML({ node }) {
    const sentences = this.options.source.bridgePointSentences(
      String(node.attrs.pattern ?? ''),
      String(node.attrs.patternNoChair ?? ''),
    )
    return [
      'div',
      {
        'data-block': 'bridgePoints',
        'data-pattern': String(node.attrs.pattern ?? ''),
        'data-pattern-no-chair': String(node.attrs.patternNoChair ?? ''),
        class: 'st-bridgePoints',
      },
      ...sentences.map((s): [string, Record<string, string>, string] => [
        'p',
        { class: 'st-bridgePoint' },
        s,
      ]),
    ]
  },
  renderText({ node }) {
    return this.options.source
      .bridgePointSentences(String(node.attrs.pattern ?? ''), String(node.attrs.patternNoChair ?? ''))
      .join('\n')
  },
})
