import { describe, expect, it } from 'vitest'
import { EngagementInputSchema, EngagementSchema } from '../../../src/core/schema/engagement'
import { OfficialSchema } from '../../../src/core/schema/official'
import {
  parseEngagementInputRecord,
  parseEngagementRecord,
  parseOfficialRecord,
  parseSourceRecord,
  RECORD_PARSERS,
} from '../../../src/core/schema/record-parsers.generated'
import { SourceSchema } from '../../../src/core/schema/source'
import { engagements, officials, sources } from '../../../src/index'

const inputOf = ({
  startDate: _s,
  endDate: _e,
  precision: _p,
  ...input
}: (typeof engagements)[0]) => input

/** The schema, its generated parser and every shipped value it parses. */
const CASES = [
  ['EngagementSchema', EngagementSchema, parseEngagementRecord, engagements],
  [
    'EngagementInputSchema',
    EngagementInputSchema,
    parseEngagementInputRecord,
    engagements.map(inputOf),
  ],
  ['OfficialSchema', OfficialSchema, parseOfficialRecord, officials],
  ['SourceSchema', SourceSchema, parseSourceRecord, sources],
] as const

describe('the generated record parsers', () => {
  it.each(CASES)(
    'copy every shipped record as %s.safeParse does',
    (_name, schema, parse, records) => {
      expect(records.length).toBeGreaterThan(0)
      for (const record of records) {
        const copy = parse(record)
        expect(copy).toEqual(schema.safeParse(record).data)
        expect(copy).not.toBe(record)
      }
    },
  )

  it.each(CASES)('are what RECORD_PARSERS gives for %s', (_name, schema, parse) => {
    expect(RECORD_PARSERS.get(schema)).toBe(parse)
  })

  it('fill in defaults as the schema does', () => {
    const {
      organizations: _o,
      participants: _p,
      topics: _t,
      systems: _s,
      ...bare
    } = inputOf(engagements[0] as (typeof engagements)[0])
    const copy = parseEngagementInputRecord({ ...bare, topics: undefined })
    expect(copy).toMatchObject({ organizations: [], participants: [], topics: [], systems: [] })
    expect(copy).toEqual(EngagementInputSchema.parse({ ...bare, topics: undefined }))
  })

  it('copy every level, so the copy shares no object with the value', () => {
    const record = officials.find((official) => official.aliases.length > 0)
    const copy = parseOfficialRecord(record) as typeof record & object
    expect(copy.aliases).toEqual(record?.aliases)
    expect(copy.aliases).not.toBe(record?.aliases)
    expect(copy.aliases[0]).not.toBe(record?.aliases[0])
    expect(Object.isFrozen(copy.aliases)).toBe(false)
  })

  it('refuse a getter without running it', () => {
    let ran = false
    const record = { ...sources[0] }
    Object.defineProperty(record, 'title', {
      enumerable: true,
      get: () => {
        ran = true
        return 'A title'
      },
    })
    expect(parseSourceRecord(record)).toBeUndefined()
    expect(ran).toBe(false)
  })

  it('refuse a getter on an array item without running it', () => {
    let ran = false
    const official = officials[0] as (typeof officials)[0]
    const ids = [...official.sources]
    Object.defineProperty(ids, 0, {
      enumerable: true,
      get: () => {
        ran = true
        return official.sources[0]
      },
    })
    expect(OfficialSchema.safeParse({ ...official, sources: ids }).success).toBe(true)
    ran = false
    expect(parseOfficialRecord({ ...official, sources: ids })).toBeUndefined()
    expect(ran).toBe(false)
  })

  it('refuse what is not plain data that zod would accept', () => {
    class Record_ {
      constructor(fields: object) {
        Object.assign(this, fields)
      }
    }
    const source = sources[0] as (typeof sources)[0]
    const hidden = { ...source }
    Object.defineProperty(hidden, 'title', { value: source.title, enumerable: false })
    const inherited = Object.assign(Object.create({ notes: 'inherited' }), source)
    const holey = { ...officials[0], sources: [...(officials[0]?.sources ?? [])] }
    holey.sources.length += 1
    expect(parseOfficialRecord(holey)).toBeUndefined()
    for (const value of [new Record_(source), hidden, inherited]) {
      expect(SourceSchema.safeParse(value).success).toBe(true)
      expect(parseSourceRecord(value)).toBeUndefined()
    }
  })

  it('refuse a value zod refuses, and a Proxy that throws, without throwing', () => {
    const throwing = new Proxy(
      { ...sources[0] },
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('no')
        },
      },
    )
    expect(parseSourceRecord(throwing)).toBeUndefined()
    expect(parseSourceRecord({ ...sources[0], extra: undefined })).toBeUndefined()
    expect(SourceSchema.safeParse({ ...sources[0], extra: undefined }).success).toBe(false)
    const { notes: _notes, ...withoutNotes } = sources.find((source) => source.notes) ?? {}
    expect(parseSourceRecord({ ...withoutNotes, notes: undefined })).toEqual(withoutNotes)
  })
})
