import { describe, expect, it } from 'vitest'
import type { Engagement } from '../../src/core/schema/engagement'
import { preparedGroups } from '../../src/generated/engagement-groups'
import { engagements } from '../../src/index'
import {
  GROUP_KEYS,
  groupLookup,
  groupPositions,
  prepareGroups,
} from '../../src/query/engagement-groups'

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('engagement groups', () => {
  it('are what the build wrote for the shipped engagements', () => {
    expect(preparedGroups).toEqual(asJson(prepareGroups(engagements)))
  })

  it.each(Object.keys(GROUP_KEYS) as (keyof typeof GROUP_KEYS)[])(
    '%s lists, for every key, exactly the engagements a scan finds, in order',
    (name) => {
      const keysOf = GROUP_KEYS[name]
      const lookup = groupLookup(prepareGroups(engagements)[name], engagements)
      const keys = new Set(engagements.flatMap((engagement) => [...keysOf(engagement)]))
      expect(keys.size).toBeGreaterThan(0)
      for (const key of keys) {
        const scanned = engagements.filter((engagement) => keysOf(engagement).includes(key))
        expect(lookup.get(key), key).toEqual(scanned)
      }
    },
  )

  it.each([
    ['a packed table', prepareGroups(engagements).byCountry],
    ['a map', groupPositions(engagements, GROUP_KEYS.byCountry)],
  ])(
    'gives one frozen list per key from %s, the same each time, none for unknown keys',
    (_, positions) => {
      const lookup = groupLookup(positions, engagements)
      const korea = lookup.get('KR')
      expect(korea?.length).toBeGreaterThan(0)
      expect(Object.isFrozen(korea)).toBe(true)
      expect(lookup.get('KR')).toBe(korea)
      expect(lookup.get('XX')).toBeUndefined()
      expect(lookup.get('constructor')).toBeUndefined()
      expect(lookup.get('__proto__')).toBeUndefined()
    },
  )

  it('lists a record once under a key it names twice', () => {
    const record = { countries: ['IQ', 'IQ'] } as unknown as Engagement
    expect(groupPositions([record, record], GROUP_KEYS.byCountry).get('IQ')).toEqual([0, 1])
  })
})
