import { describe, expect, it } from 'vitest'
import { BLOCK_MAPPINGS } from '@shared/export/docx/blockMappings'
import type { BlockMapper, InlineMapper } from '@shared/export/docx/docxContext'
import { INLINE_MAPPINGS, MARK_MAPPINGS } from '@shared/export/docx/inlineMappings'
import { bodySchema } from '@shared/body/bodyExtensions'
import { MARK_NAMES, NODE_NAMES, type BlockNodeName, type InlineNodeName } from '@shared/model/nodeNames'

describe('DOCX mapping tables', () => {
  it('map every node and mark of the editor schema, and nothing else', () => {
    const schema = bodySchema()
    const mapped = [...Object.keys(BLOCK_MAPPINGS), ...Object.keys(INLINE_MAPPINGS)].sort()
    expect(mapped).toEqual([...NODE_NAMES].sort())
    expect(mapped).toEqual(Object.keys(schema.nodes).sort())
    expect(Object.keys(MARK_MAPPINGS).sort()).toEqual([...MARK_NAMES].sort())
    expect(Object.keys(MARK_MAPPINGS).sort()).toEqual(Object.keys(schema.marks).sort())
  })

  it('make a missing mapping a compile error (checked by tsc -b, which includes this file)', () => {
    const noRuns: InlineMapper = () => []
    const { figure: _figure, ...withoutFigure } = BLOCK_MAPPINGS
    // @ts-expect-error the figure mapping is missing
    const incomplete: { readonly [K in 'doc' | BlockNodeName]: BlockMapper } = withoutFigure
    // @ts-expect-error the field mapping is missing
    const inlineIncomplete: { readonly [K in InlineNodeName]: InlineMapper } = {
      text: noRuns,
      hardBreak: noRuns,
    }
    expect(Object.keys(incomplete)).not.toContain('figure')
    expect(Object.keys(inlineIncomplete)).toHaveLength(2)
  })
})
