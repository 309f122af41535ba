import { AlignmentType, Paragraph, type ParagraphChild } from 'docx'
import type { MapEnv } from './docxContext'
import { STYLE_IDS, type StyleKey } from './docxStyles'
import { listTextIndent } from './listNumbering'

const ALIGNMENTS: Readonly<Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

/**
 * A paragraph in its named style. Direct formatting is only what the officer chose in the editor
 * (an alignment) or what the place demands (a list marker, a list item's indent).
 */
export function styledParagraph(
  env: MapEnv,
  style: StyleKey,
  children: ParagraphChild[],
  align?: unknown,
  extra: { keepNext?: boolean } = {},
): Paragraph {
  const { ctx } = env
  const alignKey = typeof align === 'string' && Object.hasOwn(ALIGNMENTS, align) ? align : ctx.cellAlign
  const alignment = alignKey ? ALIGNMENTS[alignKey] : undefined
  return new Paragraph({
    style: STYLE_IDS[style],
    children,
    ...(alignment ? { alignment } : {}),
    ...(ctx.marker
      ? { numbering: { reference: ctx.marker.definition, level: ctx.marker.level, custom: true } }
      : ctx.listLevel !== null
        ? { indent: { left: listTextIndent(ctx.listLevel), firstLine: 0 } }
        : {}),
    ...extra,
  })
}
