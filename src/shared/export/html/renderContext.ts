import type { FieldSource } from '../../body/fieldSource'
import { INLINE_NODE_NAMES, type InlineNodeName } from '../../model/nodeNames'
import type { BodyMark, BodyNode } from '../../model/body'
import { bodyPlainText } from '../../plainText/bodyPlainText'
import { cleanText } from '../../text/cleanText'
import { closeTag, concat, element, openTag, text, type Html, type HtmlTag } from './htmlElement'
import type { ImageResolver } from './imageResolver'
import { MARK_HTML, MARK_RANK, sameMark } from './markMappings'
import { NODE_HTML } from './nodeMappings'
import type { HtmlForm, NodeToHtml, RenderContext } from './renderTypes'

const isInline = (node: BodyNode): boolean => (INLINE_NODE_NAMES as readonly string[]).includes(node.type)

interface OpenMark {
  mark: BodyMark
  tag: HtmlTag
}

/** Builds the context the mappings render through: block and inline walkers, text, warnings. */
export function createRenderContext(
  form: HtmlForm,
  source: FieldSource,
  images: ImageResolver,
): RenderContext & {
  warnings: string[]
  warningsEn: string[]
} {
  const warnings: string[] = []
  const warningsEn: string[] = []
  let figures = 0
  const plainText = bodyPlainText(source)

  const mapping = (node: BodyNode): NodeToHtml | undefined =>
    Object.hasOwn(NODE_HTML, node.type) ? NODE_HTML[node.type] : undefined

  const ctx: RenderContext & { warnings: string[]; warningsEn: string[] } = {
    form,
    source,
    images,
    warnings,
    warningsEn,
    firstImageSrc: null,
    headingLevel: 0,
    warn(said) {
      if (warnings.includes(said.vi)) return
      warnings.push(said.vi)
      warningsEn.push(said.en)
    },
    nextFigureNumber: () => ++figures,

    plain: (nodes) => cleanText(plainText.line(nodes)),

    blocks(nodes) {
      const parts: Html[] = []
      let run: BodyNode[] = []
      const flush = () => {
        if (run.length > 0 && ctx.plain(run).trim()) parts.push(element('p', {}, ctx.inline(run)))
        run = []
      }
      for (const node of nodes ?? []) {
        if (isInline(node)) {
          run.push(node)
          continue
        }
        flush()
        const render = mapping(node)
        const html = render ? render(node, ctx) : ctx.blocks(node.content)
        if (html) parts.push(html)
      }
      flush()
      return concat(parts, '\n')
    },

    inline(nodes) {
      let out = ''
      const open: OpenMark[] = []
      const closeTo = (depth: number) => {
        while (open.length > depth) out += closeTag((open.pop() as OpenMark).tag)
      }
      const list = nodes ?? []
      for (const [index, node] of list.entries()) {
        if (!isInline(node)) {
          // A block pasted into a line keeps its words, not its structure.
          closeTo(0)
          out += text(cleanText(plainText.blockInLine(list, index), 'linesAsSpaces'))
          continue
        }
        if (node.type === 'text' && !node.text) continue
        const wanted = wantedMarks(node.marks, ctx)
        let keep = 0
        while (keep < open.length && keep < wanted.length) {
          const [a, b] = [open[keep], wanted[keep]]
          if (!a || !b || !sameMark(a.mark, b.mark)) break
          keep++
        }
        closeTo(keep)
        for (const m of wanted.slice(keep)) {
          out += openTag(m.tag, m.attrs)
          open.push({ mark: m.mark, tag: m.tag })
        }
        out += NODE_HTML[node.type as InlineNodeName](node, ctx)
      }
      closeTo(0)
      return out as Html
    },
  }
  return ctx
}

/** The node's marks that map to an element, one per type, in nesting order. */
function wantedMarks(marks: readonly BodyMark[] | undefined, ctx: RenderContext) {
  const seen = new Set<string>()
  const out: Array<OpenMark & { attrs?: Record<string, string | number | null | undefined> }> = []
  const sorted = [...(marks ?? [])]
    .filter((m) => Object.hasOwn(MARK_HTML, m.type))
    .sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type])
  for (const mark of sorted) {
    if (seen.has(mark.type)) continue
    seen.add(mark.type)
    const mapped = MARK_HTML[mark.type](mark, ctx)
    if (mapped) out.push({ mark, tag: mapped.tag, attrs: mapped.attrs })
  }
  return out
}
