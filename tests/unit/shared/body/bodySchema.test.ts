import { describe, expect, it } from 'vitest'
import { bodySchema } from '@shared/body/bodyExtensions'
import { MARK_NAMES, NODE_NAMES } from '@shared/model/nodeNames'

describe('body schema', () => {
  it('has exactly the nodes and marks the exporters map', () => {
    const schema = bodySchema()
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_NAMES].sort())
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_NAMES].sort())
  })
})
