import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { freezeByPlan } from '../../../src/core/freeze-by-plan'
import { RECORD_KINDS } from '../../../src/core/record-kinds'
import { freezePlanOfSchema } from '../../../src/core/schema/freeze-plan-of-schema'
import { RECORD_SCHEMAS } from '../../../src/core/schema/record-schemas'
import { engagements, officials, sources } from '../../../src/index'

/** Every object inside a value that is not frozen, by path. */
function unfrozenIn(value: unknown, path = '', found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found
  if (!Object.isFrozen(value)) found.push(path || '(the value)')
  for (const [key, inner] of Object.entries(value)) unfrozenIn(inner, `${path}/${key}`, found)
  return found
}

const shipped = { engagement: engagements, official: officials, source: sources }

describe('freezePlanOfSchema', () => {
  it.each(RECORD_KINDS)('reaches every object of every shipped %s record', (kind) => {
    const plan = freezePlanOfSchema(RECORD_SCHEMAS[kind])
    const records = structuredClone([...shipped[kind]])
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) freezeByPlan(record, plan)
    expect(records.flatMap((record) => unfrozenIn(record))).toEqual([])
  })

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
