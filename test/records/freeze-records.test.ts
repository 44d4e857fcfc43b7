import { describe, expect, it } from 'vitest'
import { engagements, officials, sources } from '../../src/index'
import { freezeRecords } from '../../src/records/freeze-records'

function unfrozenIn(value: unknown, path = '', found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found
  if (!Object.isFrozen(value)) found.push(path || '(the value)')
  for (const [key, inner] of Object.entries(value)) unfrozenIn(inner, `${path}/${key}`, found)
  return found
}

describe('freezeRecords', () => {
  it('freezes every object of every record, the lists and the whole', () => {
    const records = structuredClone({
      engagements: [...engagements],
      officials: [...officials],
      sources: [...sources],
    })
    expect(unfrozenIn(records).length).toBeGreaterThan(1000)
    expect(freezeRecords(records)).toBe(records)
    expect(unfrozenIn(records)).toEqual([])
  })
})
