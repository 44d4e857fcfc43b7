import { afterEach, describe, expect, it, vi } from 'vitest'
import { EngagementInputSchema } from '../../src/core/schema/engagement'
import { OfficialSchema } from '../../src/core/schema/official'
import { SourceSchema } from '../../src/core/schema/source'
import { engagements, officials, sources } from '../../src/index'
import { validateRecords } from '../../src/records/validate-records'

const asInput = engagements.map(
  ({ startDate: _s, endDate: _e, precision: _p, ...record }) => record,
)

describe('validateRecords', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('parses each record of a valid dataset once, copy and check alike', () => {
    const spies = [EngagementInputSchema, OfficialSchema, SourceSchema].map((schema) =>
      vi.spyOn(schema, 'safeParse'),
    )
    const records = validateRecords({ engagements: asInput, officials, sources })
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([
      engagements.length,
      officials.length,
      sources.length,
    ])
    expect(records.engagements).toEqual(engagements)
  })

  it('parses a record that fails twice: once to copy it, once on its careful copy', () => {
    const spy = vi.spyOn(SourceSchema, 'safeParse')
    expect(() => validateRecords({ sources: [{ ...sources[0], kind: 'newz' }] })).toThrow(
      'found "newz"',
    )
    expect(spy.mock.calls.length).toBe(2)
  })
})
