import { z } from './zodLocale'
import { saneFigureWidth } from './saneFigureWidth'
import { saneColwidth } from './saneColwidth'
import { MARK_NAMES, NODE_NAMES, type MarkName, type NodeName } from './nodeNames'

/** A ProseMirror mark as stored in a draft. */
export interface BodyMark {
  type: MarkName
  attrs?: Record<string, unknown>
}

/** A ProseMirror node as stored in a draft (the TipTap `getJSON()` shape). */
export interface BodyNode {
  type: NodeName
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  marks?: BodyMark[]
  text?: string
}

const markSchema: z.ZodType<BodyMark> = z.object({
  type: z.enum(MARK_NAMES as unknown as [MarkName, ...MarkName[]]),
  attrs: z.record(z.string(), z.unknown()).optional(),
})

// A link without a text target points nowhere and breaks the editor: the text stays, the link goes.
const pointsNowhere = (mark: BodyMark): boolean =>
  mark.type === 'link' && typeof mark.attrs?.href !== 'string'

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object'

/**
 * Every attribute the editor knows is a string, number, boolean or null, or a list of them (column
 * widths). An object in their place (`{ "toString": 0 }` as a field's name) cannot become text and
 * would make the editor throw while it draws the report: such a value is dropped, so the node falls
 * back to its default.
 */
const keepsShape = ([, value]: [string, unknown]): boolean =>
  isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive))

function plainAttrs<T extends { attrs?: Record<string, unknown> }>(item: T): T {
  if (!item.attrs || Object.entries(item.attrs).every(keepsShape)) return item
  return { ...item, attrs: Object.fromEntries(Object.entries(item.attrs).filter(keepsShape)) }
}

export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NODE_NAMES as unknown as [NodeName, ...NodeName[]]),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(bodyNodeSchema).optional(),
      marks: z.array(markSchema).optional(),
      text: z.string().optional(),
    })
    .transform((parsed) => {
      const node = saneColwidth(saneFigureWidth(plainAttrs(parsed)))
      if (!node.marks) return node
      const marks = node.marks.filter((m) => !pointsNowhere(m)).map(plainAttrs)
      return marks.length === node.marks.length && marks.every((m, i) => m === node.marks?.[i])
        ? node
        : { ...node, marks }
    }),
)

/**
 * How many links pointing nowhere and attributes that cannot become text the schema above will drop
 * from a raw body: the officer is told that something was repaired, never left to find out.
 */
export function unusableBodyParts(body: unknown): number {
  let count = 0
  const stack: unknown[] = [body]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    const { attrs, marks, content } = node as { attrs?: unknown; marks?: unknown; content?: unknown }
    if (attrs && typeof attrs === 'object')
      count += Object.entries(attrs).filter((e) => !keepsShape(e)).length
    if (Array.isArray(marks)) {
      for (const mark of marks as BodyMark[]) {
        if (mark === null || typeof mark !== 'object') continue
        if (pointsNowhere(mark)) count++
        else if (mark.attrs && typeof mark.attrs === 'object')
          count += Object.entries(mark.attrs).filter((e) => !keepsShape(e)).length
      }
    }
    if (Array.isArray(content)) stack.push(...(content as unknown[]))
  }
  return count
}

export const bodyDocSchema = bodyNodeSchema.refine((n) => n.type === 'doc', {
  message: 'thân bài phải bắt đầu bằng nút "doc"',
})

export function emptyBody(): BodyNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
