import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { freezeByPlan } from '../../src/core/freeze-by-plan'
import { engagements, officials, sources } from '../../src/index'
import { freezePlanOf } from '../../src/pipeline/freeze-plan-of'

/** Every object or array reachable from a value that is not frozen, by path. */
const unfrozenPaths = (value: unknown, path = '$'): string[] => {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return own.concat(
    Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`)),
  )
}

describe('freezePlanOf and freezeByPlan', () => {
  it('freeze every object of any JSON value along the plan derived from it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        const copy = structuredClone(values)
        freezeByPlan(copy, freezePlanOf([copy]))
        expect(unfrozenPaths(copy)).toEqual([])
        expect(copy).toEqual(values)
        expect(Object.isFrozen(Object.prototype)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('never reach a prototype through a field a record does not own', () => {
    const records = JSON.parse('[{ "id": "a", "__proto__": { "x": 1 } }, { "id": "b" }]')
    const plan = freezePlanOf([records])
    expect(plan.items?.fields.map(([field]) => field)).toEqual(['__proto__'])
    freezeByPlan(records, plan)
    expect(Object.isFrozen(Object.getOwnPropertyDescriptor(records[0], '__proto__')?.value)).toBe(
      true,
    )
    expect(Object.isFrozen(Object.prototype)).toBe(false)
  })

  it('leave alone what the plan does not name', () => {
    const record = { countries: ['IQ'], location: { country: 'IQ' } }
    freezeByPlan(record, { fields: [['countries', { fields: [] }]] })
    expect(Object.isFrozen(record)).toBe(true)
    expect(Object.isFrozen(record.countries)).toBe(true)
    expect(Object.isFrozen(record.location)).toBe(false)
  })

  it('skip fields a record lacks or holds as text', () => {
    const plan = freezePlanOf([[{ published: { year: 2020 } }, { published: '2020' }, {}]])
    const records = [{ published: { year: 2020 } }, { published: '2020' }, {}]
    freezeByPlan(records, plan)
    expect(unfrozenPaths(records)).toEqual([])
  })

  it('name only the fields that hold objects', () => {
    expect(
      freezePlanOf([[{ id: 'a', countries: ['IQ'], sources: [{ supports: ['date'] }] }]]),
    ).toEqual({
      fields: [],
      items: {
        fields: [
          ['countries', { fields: [] }],
          ['sources', { fields: [], items: { fields: [['supports', { fields: [] }]] } }],
        ],
      },
    })
  })

  it('left nothing unfrozen in the shipped records', () => {
    expect(unfrozenPaths({ engagements, officials, sources })).toEqual(['$'])
  })
})
