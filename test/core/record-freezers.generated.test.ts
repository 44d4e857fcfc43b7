import { describe, expect, it } from 'vitest'
import {
  freezeEngagementList,
  freezeOfficialList,
  RECORD_LIST_FREEZERS,
} from '../../src/core/record-freezers.generated'
import { RECORD_KINDS } from '../../src/core/record-kinds'
import { engagements, officials, sources } from '../../src/index'

/** Every object or array reachable from a value that is not frozen, by path. */
const unfrozenPaths = (value: unknown, path = '$'): string[] => {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return own.concat(
    Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`)),
  )
}

const shipped = { engagement: engagements, official: officials, source: sources }

describe('the generated record freezers', () => {
  it.each(RECORD_KINDS)('reach every object of every shipped %s record', (kind) => {
    const records = structuredClone([...shipped[kind]])
    expect(unfrozenPaths(records).length).toBeGreaterThan(records.length)
    expect(RECORD_LIST_FREEZERS[kind](records)).toBe(records)
    expect(unfrozenPaths(records)).toEqual([])
  })

  it('left nothing unfrozen in the shipped records', () => {
    expect(unfrozenPaths({ engagements, officials, sources })).toEqual(['$'])
  })

  it('skip fields a record lacks or holds as null or text', () => {
    const records = [{ id: 'eng_a', location: null, sources: 'none' }, { id: 'eng_b' }]
    freezeEngagementList(records)
    expect(unfrozenPaths(records)).toEqual([])
  })

  it('never reach a prototype through a field a record does not own', () => {
    const inherited = { name: 'not a record’s own' }
    Object.defineProperty(Object.prototype, 'nativeName', {
      value: inherited,
      configurable: true,
    })
    try {
      const records = [{ id: 'off_a' }]
      expect(Reflect.get(records[0] as object, 'nativeName')).toBe(inherited)
      freezeOfficialList(records)
      expect(Object.isFrozen(records[0])).toBe(true)
      expect(Object.isFrozen(inherited)).toBe(false)
    } finally {
      Reflect.deleteProperty(Object.prototype, 'nativeName')
    }
  })
})
