import { figureCaptionCredit } from '../../body/fieldText'
import type { BodyNode } from '../../model/body'
import { BRIDGE_POINTS_NODE } from '../../nodes/bridgePointsNode'
import { BYLINE_NODE } from '../../nodes/bylineNode'
import { fieldNameOf } from '../../nodes/fieldNode'
import { FIGURE_NODE, FIGURE_WIDTH, figureAttrs } from '../../nodes/figureNode'
import type { FieldBlockRecord } from '../../nodes/nodeRecord'
import { REPORT_TITLE_NODE } from '../../nodes/reportTitleNode'
import { shownLines } from '../../nodes/shownLines'
import { THEME_HEADER_NODE } from '../../nodes/themeHeaderNode'
import { alignmentStyle, MEANINGFUL_STYLE } from './blockStyle'
import { concat, element, text, type Html } from './htmlElement'
import type { NodeMappings, NodeToHtml, RenderContext } from './renderTypes'
import { renderTable } from './renderTable'
import { cleanText } from '../../text/cleanText'

const EMPTY = '' as Html

/** Escaped text with every line break as `<br>`. */
function textWithBreaks(value: string): Html {
  const clean = cleanText(value)
  if (!clean.includes('\n')) return text(clean)
  return clean
    .split('\n')
    .map((line) => text(line))
    .join(element('br')) as Html
}

/** True when nothing in the run would show (checked without building its HTML). */
function isBlank(node: BodyNode, ctx: RenderContext): boolean {
  const visible = (nodes: readonly BodyNode[] | undefined): boolean =>
    (nodes ?? []).some((n) =>
      n.type === 'text' || n.type === 'field'
        ? ctx.plain([n]).trim() !== ''
        : n.type !== 'hardBreak' && visible(n.content),
    )
  return !visible(node.content)
}

/** A list item's content: a leading plain paragraph is unwrapped, as CMS editors expect. */
function itemContent(node: BodyNode, ctx: RenderContext): Html {
  const [first, ...rest] = node.content ?? []
  if (first?.type === 'paragraph' && !alignmentStyle(first) && !first.attrs?.role) {
    const after = ctx.blocks(rest)
    return concat([ctx.inline(first.content), after ? (`\n${after}` as Html) : EMPTY])
  }
  return ctx.blocks(node.content)
}

const list =
  (tag: 'ul' | 'ol'): NodeToHtml =>
  (node, ctx) => {
    const items = (node.content ?? []).map((child) => element('li', {}, itemContent(child, ctx)))
    if (items.length === 0) return EMPTY
    const start = Number(node.attrs?.start ?? 1)
    const type = node.attrs?.type
    return element(
      tag,
      tag === 'ol'
        ? { start: start !== 1 ? start : undefined, type: typeof type === 'string' ? type : undefined }
        : {},
      concat(items),
    )
  }

const fieldBlock =
  ({ field, element: { tag, className } }: FieldBlockRecord, style?: string): NodeToHtml =>
  (_node, ctx) => {
    const value = ctx.source.fieldText(field)
    if (!value.trim()) return EMPTY
    if (tag === 'h1') ctx.headingLevel = 1
    return element(tag, { class: className, style }, textWithBreaks(value))
  }

/** The caption is the figure's inline content; the image comes only from the report's own assets. */
const figure: NodeToHtml = (node, ctx) => {
  const number = ctx.nextFigureNumber()
  const caption = ctx.plain(node.content).trim()
  const attrs = figureAttrs(node.attrs)
  const alt = cleanText(attrs.alt, 'oneLine') || cleanText(caption, 'oneLine') || 'Ảnh minh họa'
  const found = ctx.images.lookup(attrs.assetId)
  let picture: Html
  if (found.ok) {
    ctx.firstImageSrc ??= found.image.src
    picture = element('img', {
      src: found.image.src,
      alt,
      width: found.image.width,
      height: found.image.height,
      decoding: 'async',
      // A chosen width caps the photo at that share of the column, as "never wider than the column"
      // does at full width; a portal's CSS cannot stretch it past what the officer chose.
      style:
        attrs.width < FIGURE_WIDTH.max
          ? MEANINGFUL_STYLE.image.replace('max-width: 100%', `max-width: ${attrs.width}%`)
          : MEANINGFUL_STYLE.image,
    })
  } else {
    const missing = found.reason === 'missing'
    ctx.warn(
      missing
        ? {
            vi: `Ảnh thứ ${number} không còn trong bản thảo: trang web hiện ô giữ chỗ thay cho ảnh.`,
            en: `Photo ${number} is no longer in the draft: the web page shows a placeholder instead.`,
          }
        : {
            vi: `Ảnh thứ ${number} bị hỏng hoặc không phải ảnh PNG, JPEG, GIF, WebP: trang web hiện ô giữ chỗ thay cho ảnh.`,
            en: `Photo ${number} is damaged or not a PNG, JPEG, GIF or WebP image: the web page shows a placeholder instead.`,
          },
    )
    picture = element('p', { class: 'st-missing-image' }, text(missing ? '[Thiếu ảnh]' : '[Ảnh bị hỏng]'))
  }
  const credit = figureCaptionCredit(node.content, caption, ctx.source.captionCredit())
  const figcaption =
    caption || credit
      ? element(
          FIGURE_NODE.caption.tag,
          { class: FIGURE_NODE.caption.className, style: MEANINGFUL_STYLE.caption },
          concat([ctx.inline(node.content), text(credit)]),
        )
      : EMPTY
  return element(
    FIGURE_NODE.element.tag,
    { class: FIGURE_NODE.element.className },
    concat([picture, figcaption]),
  )
}

/** The blocks gathered into the page's `<header>` when they open the report. */
const MASTHEAD: readonly string[] = [THEME_HEADER_NODE.name, REPORT_TITLE_NODE.name]

/**
 * Report nodes to HTML. Structured parts render from the report's fields, never from stored text.
 * `listItem` and the table parts are rendered by their containers; their own entries only run for
 * one found out of place, which keeps its content as plain blocks so the page stays valid.
 */
export const NODE_HTML: NodeMappings = {
  doc: (node, ctx) => {
    const content = node.content ?? []
    let split = 0
    while (split < content.length && MASTHEAD.includes(content[split]?.type ?? '')) split++
    const masthead = ctx.blocks(content.slice(0, split))
    return concat([
      masthead ? element('header', { class: 'st-masthead' }, masthead) : EMPTY,
      ctx.blocks(content.slice(split)),
    ])
  },
  paragraph: (node, ctx) => {
    if (isBlank(node, ctx)) return EMPTY
    const role = node.attrs?.role
    const className = role === 'lead' ? 'st-lead' : role === 'conclusion' ? 'st-conclusion' : undefined
    return element('p', { class: className, style: alignmentStyle(node) }, ctx.inline(node.content))
  },
  heading: (node, ctx) => {
    if (isBlank(node, ctx)) return EMPTY
    // h1 belongs to the report title; pasted h1, h5 and h6 are brought into the body's h2–h4, and a
    // heading never skips a level after the one before it (h2 then h4 becomes h2 then h3).
    const wanted = Math.min(4, Math.max(2, Math.round(Number(node.attrs?.level)) || 2))
    const level = Math.min(wanted, Math.max(2, ctx.headingLevel + 1))
    ctx.headingLevel = level
    const tag = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4'
    return element(tag, { style: alignmentStyle(node) }, ctx.inline(node.content))
  },
  bulletList: list('ul'),
  orderedList: list('ol'),
  listItem: (node, ctx) => ctx.blocks(node.content),
  blockquote: (node, ctx) => {
    const inner = ctx.blocks(node.content)
    return inner ? element('blockquote', {}, inner) : EMPTY
  },
  horizontalRule: () => element('hr'),
  table: renderTable,
  tableRow: (node, ctx) => ctx.blocks((node.content ?? []).flatMap((cell) => cell.content ?? [])),
  tableHeader: (node, ctx) => ctx.blocks(node.content),
  tableCell: (node, ctx) => ctx.blocks(node.content),
  figure,
  themeHeader: fieldBlock(THEME_HEADER_NODE, MEANINGFUL_STYLE.theme),
  reportTitle: fieldBlock(REPORT_TITLE_NODE),
  // Sentences only: the editor's wrapping element would mean nothing to a portal.
  bridgePoints: (node, ctx) =>
    concat(
      (shownLines(node, ctx.source) ?? [])
        .filter((sentence) => sentence.trim())
        .map((sentence) =>
          element(
            BRIDGE_POINTS_NODE.sentence.tag,
            { class: BRIDGE_POINTS_NODE.sentence.className },
            textWithBreaks(sentence),
          ),
        ),
    ),
  byline: fieldBlock(BYLINE_NODE, MEANINGFUL_STYLE.byline),
  text: (node) => textWithBreaks(node.text ?? ''),
  hardBreak: () => element('br'),
  field: (node, ctx) => {
    const name = fieldNameOf(node.attrs)
    if (name) return textWithBreaks(ctx.source.fieldText(name))
    const shown = String(node.attrs?.name).slice(0, 40)
    ctx.warn({
      vi: `Bỏ qua một trường không có trong mẫu ("${shown}").`,
      en: `Skipped a field the template does not have ("${shown}").`,
    })
    return EMPTY
  },
}
