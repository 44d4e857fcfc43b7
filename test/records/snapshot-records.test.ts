import { afterEach, describe, expect, it, vi } from 'vitest'
import { EngagementInputSchema, EngagementSchema } from '../../src/core/schema/engagement'
import { OfficialSchema } from '../../src/core/schema/official'
import { SourceSchema } from '../../src/core/schema/source'
import { engagements, officials, sources } from '../../src/index'
import { snapshotRecords } from '../../src/records/snapshot-records'
import type { RecordParses } from '../../src/validate/parse-record'

const asInput = engagements.map(
  ({ startDate: _s, endDate: _e, precision: _p, ...record }) => record,
)

describe('snapshotRecords', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('copies every valid plain record with its generated parser, never with zod', () => {
    const spies = [EngagementInputSchema, EngagementSchema, OfficialSchema, SourceSchema].map(
      (schema) => vi.spyOn(schema, 'safeParse'),
    )
    const parses: RecordParses = new Map()
    const { records, issues } = snapshotRecords(
      { engagements: [...asInput, ...engagements], officials, sources },
      parses,
    )
    expect(issues).toEqual([])
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0])
    expect(records.engagements).toEqual([...asInput, ...engagements])
    expect(parses.size).toBe(
      asInput.length + engagements.length + officials.length + sources.length,
    )
  })

  it('records each copy as a successful parse by the schema the record is checked with', () => {
    const parses: RecordParses = new Map()
    const { records } = snapshotRecords(
      { engagements: [asInput[0], engagements[0]], sources: [sources[0]] },
      parses,
    )
    const [input, complete] = records.engagements as object[]
    expect(parses.get(input as object)).toEqual({
      schema: EngagementInputSchema,
      success: true,
      data: input,
    })
    expect(parses.get(complete as object)?.schema).toBe(EngagementSchema)
    expect(parses.get(records.sources[0] as object)?.data).toBe(records.sources[0])
    expect(records.sources[0]).not.toBe(sources[0])
  })

  it('falls back to zod and the careful copy for what the generated parser refuses', () => {
    const parses: RecordParses = new Map()
    const spy = vi.spyOn(SourceSchema, 'safeParse')
    const record = { ...sources[0] }
    Object.defineProperty(record, 'title', { enumerable: true, get: () => 'A title' })
    const invalid = { ...sources[1], kind: 'newz' }
    const { records, issues } = snapshotRecords({ sources: [record, invalid] }, parses)
    expect(spy.mock.calls.length).toBe(2)
    expect(issues.map((issue) => [issue.file, issue.path, issue.message])).toEqual([
      ['sources[0]', ['title'], '"title" is a getter, not data'],
    ])
    expect(records.sources[1]).toEqual(invalid)
    expect(parses.size).toBe(0)
  })
})
