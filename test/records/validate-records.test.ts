import { afterEach, describe, expect, it, vi } from 'vitest'
import { EngagementInputSchema, EngagementSchema } from '../../src/core/schema/engagement'
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

  it('asks zod about no record of a valid plain dataset: the generated parsers copy and check it', () => {
    const spies = [EngagementInputSchema, EngagementSchema, OfficialSchema, SourceSchema].map(
      (schema) => vi.spyOn(schema, 'safeParse'),
    )
    const records = validateRecords({ engagements: asInput, officials, sources })
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0])
    expect(records.engagements).toEqual(engagements)
    expect(records.officials).toEqual(officials)
    expect(records.sources).toEqual(sources)
  })

  it('parses each record that is not plain data once with zod, copy and check alike', () => {
    class Held {
      constructor(fields: object) {
        Object.assign(this, fields)
      }
    }
    const spy = vi.spyOn(SourceSchema, 'safeParse')
    expect(() => validateRecords({ sources: sources.map((source) => new Held(source)) })).toThrow(
      'Held object is not JSON data',
    )
    expect(spy.mock.calls.length).toBe(sources.length)
  })

  it('parses a record that fails twice: once to copy it, once on its careful copy', () => {
    const spy = vi.spyOn(SourceSchema, 'safeParse')
    expect(() => validateRecords({ sources: [{ ...sources[0], kind: 'newz' }] })).toThrow(
      'found "newz"',
    )
    expect(spy.mock.calls.length).toBe(2)
  })
})
