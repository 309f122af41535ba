import { z } from './zodLocale'
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

export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NODE_NAMES as unknown as [NodeName, ...NodeName[]]),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(bodyNodeSchema).optional(),
      marks: z.array(markSchema).optional(),
      text: z.string().optional(),
    })
    .transform((node) =>
      node.marks?.some(pointsNowhere)
        ? { ...node, marks: node.marks.filter((m) => !pointsNowhere(m)) }
        : node,
    ),
)

export const bodyDocSchema = bodyNodeSchema.refine((n) => n.type === 'doc', {
  message: 'thân bài phải bắt đầu bằng nút "doc"',
})

export function emptyBody(): BodyNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
