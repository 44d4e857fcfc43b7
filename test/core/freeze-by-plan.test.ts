import { describe, expect, it } from 'vitest'
import { type FreezePlan, freezeByPlan } from '../../src/core/freeze-by-plan'
import { engagements, officials, sources } from '../../src/index'

/** Every object or array reachable from a value that is not frozen, by path. */
const unfrozenPaths = (value: unknown, path = '$'): string[] => {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return own.concat(
    Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`)),
  )
}

describe('freezeByPlan', () => {
  it('never reaches a prototype through a field a record does not own', () => {
    const records = JSON.parse('[{ "id": "a", "__proto__": { "x": 1 } }, { "id": "b" }]')
    const plan: FreezePlan = { fields: [], items: { fields: [['__proto__', { fields: [] }]] } }
    freezeByPlan(records, plan)
    expect(Object.isFrozen(Object.getOwnPropertyDescriptor(records[0], '__proto__')?.value)).toBe(
      true,
    )
    expect(Object.isFrozen(Object.prototype)).toBe(false)
  })

  it('leaves alone what the plan does not name', () => {
    const record = { countries: ['IQ'], location: { country: 'IQ' } }
    freezeByPlan(record, { fields: [['countries', { fields: [] }]] })
    expect(Object.isFrozen(record)).toBe(true)
    expect(Object.isFrozen(record.countries)).toBe(true)
    expect(Object.isFrozen(record.location)).toBe(false)
  })

  it('skips fields a record lacks or holds as text', () => {
    const plan: FreezePlan = { fields: [], items: { fields: [['published', { fields: [] }]] } }
    const records = [{ published: { year: 2020 } }, { published: '2020' }, {}]
    freezeByPlan(records, plan)
    expect(unfrozenPaths(records)).toEqual([])
  })

  it('leaves nothing unfrozen in the shipped records', () => {
    expect(unfrozenPaths({ engagements, officials, sources })).toEqual(['$'])
  })
})
