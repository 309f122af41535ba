import { Node } from '@tiptap/core'
import { BRIDGE_POINTS_NODE, bridgePointsAttrs } from '../nodes/bridgePointsNode'
import { BYLINE_NODE } from '../nodes/bylineNode'
import type { FieldBlockRecord } from '../nodes/nodeRecord'
import { REPORT_TITLE_NODE } from '../nodes/reportTitleNode'
import { THEME_HEADER_NODE } from '../nodes/themeHeaderNode'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'
import { recordAttributes } from './recordAttributes'

interface BlockOptions {
  source: FieldSource
}

/** A TipTap block that shows one field's text, as its record says. */
function fieldBlock({ name, element, field }: FieldBlockRecord) {
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
      return [{ tag: `${element.tag}[data-block="${name}"]` }]
    },
    renderHTML() {
      return [
        element.tag,
        { 'data-block': name, class: element.className },
        this.options.source.fieldText(field),
      ]
    },
    renderText() {
      return this.options.source.fieldText(field)
    },
  })
}

export const ThemeHeader = fieldBlock(THEME_HEADER_NODE)
export const ReportTitle = fieldBlock(REPORT_TITLE_NODE)
export const Byline = fieldBlock(BYLINE_NODE)

const { name, element, sentence, attrs } = BRIDGE_POINTS_NODE

/** Every bridge point as its own sentence, in the panel's order. */
export const BridgePoints = Node.create<BlockOptions>({
  name,
  group: 'block',
  atom: true,
  selectable: true,
  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },
  addAttributes() {
    // renderHTML below writes them with the sentences it renders.
    return recordAttributes(attrs, { rendered: false })
  },
  parseHTML() {
    return [{ tag: `${element.tag}[data-block="${name}"]` }]
  },
  renderHTML({ node }) {
    const { pattern, patternNoChair } = bridgePointsAttrs(node.attrs)
    const sentences = this.options.source.bridgePointSentences(pattern, patternNoChair)
    return [
      element.tag,
      {
        'data-block': name,
        [attrs.pattern.htmlAttribute]: pattern,
        [attrs.patternNoChair.htmlAttribute]: patternNoChair,
        class: element.className,
      },
      ...sentences.map((s): [string, Record<string, string>, string] => [
        sentence.tag,
        { class: sentence.className },
        s,
      ]),
    ]
  },
  renderText({ node }) {
    const { pattern, patternNoChair } = bridgePointsAttrs(node.attrs)
    return this.options.source.bridgePointSentences(pattern, patternNoChair).join('\n')
  },
})
