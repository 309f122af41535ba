import { TextRun } from 'docx'
import { judgeLink } from '../../links/linkPolicy'
import { refusedLinkMessage } from '../../links/refusedLinkMessage'
import type { InlineNodeName, MarkName } from '../../model/nodeNames'
import { isFieldName } from '../../fields/fieldNames'
import type { BodyMark } from '../../model/body'
import type { InlineMapper, MapEnv, RunStyle } from './docxContext'
import { textRuns } from './textRuns'

/** Each inline node the body can hold, as Word runs. A node missing here is a compile error. */
export const INLINE_MAPPINGS: { readonly [K in InlineNodeName]: InlineMapper } = {
  text: (node, style) => textRuns(node.text ?? '', style),
  hardBreak: (_node, style) => [{ child: new TextRun({ ...style.run, break: 1 }), href: style.href }],
  field: (node, style, env) => {
    const name = node.attrs?.name
    if (isFieldName(name)) return textRuns(env.state.source.fieldText(name), style)
    env.state.warnings.push({
      code: 'unknown-field',
      message: `Trường "${String(name)}" không còn tồn tại nên để trống trong bản DOCX. Hãy chèn lại trường đó.`,
      en: `The field "${String(name)}" no longer exists, so it is left empty in the DOCX. Insert that field again.`,
    })
    return []
  },
}

type MarkMapper = (mark: BodyMark, style: RunStyle, env: MapEnv) => RunStyle

/** Each mark as run formatting (or the link a run is in). A mark missing here is a compile error. */
export const MARK_MAPPINGS: { readonly [K in MarkName]: MarkMapper } = {
  bold: (_mark, style) => ({ ...style, run: { ...style.run, bold: true } }),
  italic: (_mark, style) => ({ ...style, run: { ...style.run, italics: true } }),
  underline: (_mark, style) => ({ ...style, run: { ...style.run, underline: { type: 'single' } } }),
  strike: (_mark, style) => ({ ...style, run: { ...style.run, strike: true } }),
  link: (mark, style, env) => {
    const raw = typeof mark.attrs?.href === 'string' ? mark.attrs.href : ''
    const href = judgeLink(raw).href
    if (href) return { href, run: { ...style.run, style: 'Hyperlink' } }
    const warnings = env.state.warnings
    const said = refusedLinkMessage(raw)
    if (!warnings.some((w) => w.message === said.vi))
      warnings.push({ code: 'link-dropped', message: said.vi, en: said.en })
    return style
  },
}

export const PLAIN_RUN: RunStyle = { run: {}, href: null }

/** Folds a node's marks into one run style, in the order the editor stored them. */
export function runStyleFor(marks: readonly BodyMark[] | undefined, env: MapEnv): RunStyle {
  return (marks ?? []).reduce<RunStyle>(
    (style, mark) => MARK_MAPPINGS[mark.type](mark, style, env),
    PLAIN_RUN,
  )
}
