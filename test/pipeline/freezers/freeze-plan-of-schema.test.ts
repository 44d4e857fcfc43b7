import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { freezePlanOfSchema } from '../../../src/pipeline/freezers/freeze-plan-of-schema'

describe('freezePlanOfSchema', () => {
  it('reaches inside optional, nullable and default fields and arrays of objects', () => {
    const schema = z.strictObject({
      id: z.string(),
      tags: z.array(z.string()).default([]),
      place: z.strictObject({ names: z.array(z.string()) }).optional(),
      links: z.array(z.strictObject({ ids: z.array(z.string()).nullable() })),
    })
    expect(freezePlanOfSchema(schema)).toEqual({
      fields: [
        ['tags', { fields: [] }],
        ['place', { fields: [['names', { fields: [] }]] }],
        ['links', { fields: [], items: { fields: [['ids', { fields: [] }]] } }],
      ],
    })
  })

  it('merges the objects of a union of shapes', () => {
    const schema = z.union([
      z.strictObject({ a: z.array(z.string()) }),
      z.strictObject({ b: z.strictObject({ c: z.array(z.number()) }) }),
      z.string(),
    ])
    expect(freezePlanOfSchema(schema)).toEqual({
      fields: [
        ['a', { fields: [] }],
        ['b', { fields: [['c', { fields: [] }]] }],
      ],
    })
  })

  it('refuses a schema type it does not know, rather than leave it unfrozen', () => {
    expect(() =>
      freezePlanOfSchema(z.strictObject({ seen: z.map(z.string(), z.string()) })),
    ).toThrow('freezePlanOfSchema: a "map" schema is not supported')
  })
})
