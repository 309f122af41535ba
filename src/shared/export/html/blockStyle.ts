import type { BodyNode } from '../../model/body'

const ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const

/** The node's own alignment as a declaration for the style allowlist, or undefined. */
export function alignmentStyle(node: BodyNode): string | undefined {
  const align = node.attrs?.textAlign
  return typeof align === 'string' && (ALIGNMENTS as readonly string[]).includes(align)
    ? `text-align: ${align}`
    : undefined
}

/**
 * Inline styles kept in both forms because a portal's CSS would otherwise lose their meaning: the
 * theme banner centred, captions centred and italic, the byline right-aligned, photos never wider
 * than the column and never distorted.
 */
export const MEANINGFUL_STYLE = {
  theme: 'text-align: center',
  caption: 'text-align: center; font-style: italic',
  byline: 'text-align: right',
  image: 'max-width: 100%; height: auto',
} as const
