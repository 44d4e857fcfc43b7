import { describe, expect, it } from 'vitest'
import {
  createDataset,
  engagements,
  getEngagement,
  officials,
  sources,
  timeline,
} from '../../src/index'
import { validateDataDirectory } from '../../src/pipeline/validate-data'
import { completeRecords } from '../../src/records/complete-records'
import { processRecords } from '../../src/records/process-records'
import type { DateRanges } from '../../src/validate/engagement-range'

const withoutHint = ({ $schema: _hint, ...record }: Record<string, unknown>) => record

describe('one record pipeline', () => {
  it('gives the build and createDataset identical records from data/', async () => {
    const { files, records: built } = validateDataDirectory('data')
    const raw = (kind: string) =>
      files
        .filter((file) => file.kind === kind)
        .map((file) => withoutHint(file.value as Record<string, unknown>))
    const dataset = await createDataset({
      engagements: raw('engagement'),
      officials: raw('official'),
      sources: raw('source'),
    })
    if (built === undefined) throw new Error('data/ does not validate')
    expect(dataset.engagements).toEqual(built.engagements)
    expect(dataset.officials).toEqual(built.officials)
    expect(dataset.sources).toEqual(built.sources)
    expect(built.engagements).toEqual(engagements)
    expect(built.officials).toEqual(officials)
    expect(built.sources).toEqual(sources)
    // The shipped records, the build's and createDataset's are frozen all the way down.
    for (const records of [built, dataset, { engagements, officials, sources }]) {
      for (const kind of ['engagements', 'officials', 'sources'] as const) {
        expect(unfrozenPaths(records[kind], kind)).toEqual([])
      }
    }
  })
})

/** Paths of every object or array that is not frozen, reachable from a value. */
function unfrozenPaths(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => unfrozenPaths(child, `${path}.${key}`)),
  ]
}

describe('dates inside a visit', () => {
  // A meeting during the 24–27 February 2021 visit to Pakistan whose day no source gives.
  const meeting = getEngagement('eng_s4tmm2')

  it('keeps the date as the sources give it but narrows the derived range to the visit', () => {
    expect(meeting).toMatchObject({
      date: '2021-02',
      precision: 'month',
      parentId: 'eng_57vbpo',
      startDate: '2021-02-24',
      endDate: '2021-02-27',
    })
  })

  it('is never found by timeline outside its visit', () => {
    const ids = (from: string, to: string) =>
      timeline({ from, to }).map((engagement) => engagement.id)
    expect(ids('2021-02-01', '2021-02-23')).not.toContain('eng_s4tmm2')
    expect(ids('2021-02-28', '2021-02-28')).not.toContain('eng_s4tmm2')
    expect(ids('2021-02-25', '2021-02-25')).toContain('eng_s4tmm2')
  })

  it('accepts a narrowed range and rejects one wider than its date allows', async () => {
    const narrowed = await createDataset({ engagements, officials, sources })
    expect(narrowed.getEngagement('eng_s4tmm2')?.startDate).toBe('2021-02-24')
    const widened = engagements.map((engagement) =>
      engagement.id === 'eng_s4tmm2' ? { ...engagement, startDate: '2021-01-31' } : engagement,
    )
    await expect(createDataset({ engagements: widened, officials, sources })).rejects.toThrow(
      /startDate.*or a day within it/s,
    )
  })
})

describe('retired ids', () => {
  it('lead the get… helpers to the record that replaced them', async () => {
    const { datasetOf } = await import('../../src/query/dataset')
    const dataset = datasetOf(
      { engagements, officials, sources },
      { eng_old001: 'eng_s4tmm2', off_old001: 'off_6biaw6', src_old001: 'src_434exi' },
    )
    expect(dataset.getEngagement('eng_old001')?.id).toBe('eng_s4tmm2')
    expect(dataset.getOfficial('off_old001')?.id).toBe('off_6biaw6')
    expect(dataset.getSource('src_old001')?.id).toBe('src_434exi')
    expect(dataset.getEngagement('eng_000000')).toBeUndefined()
  })
})

describe('completeRecords', () => {
  const input = engagements
    .filter((engagement) => engagement.parentId === undefined)
    .slice(0, 3)
    .map(({ startDate: _s, endDate: _e, precision: _p, ...record }) => record)

  it('derives the dates of a record that lacks them', () => {
    const { engagements: completed } = completeRecords({
      engagements: input,
      officials: [],
      sources: [],
    })
    expect(
      completed.map(({ id, startDate, endDate, precision }) => ({
        id,
        startDate,
        endDate,
        precision,
      })),
    ).toEqual(
      engagements
        .filter((engagement) => input.some((record) => record.id === engagement.id))
        .map(({ id, startDate, endDate, precision }) => ({ id, startDate, endDate, precision })),
    )
  })

  it("takes a date's range from the run's ranges, not from a second parse", () => {
    const first = input[0] as (typeof input)[number]
    const ranges: DateRanges = new Map([
      [first.date, { startDate: '1999-01-01', endDate: '1999-01-02', precision: 'day' }],
    ])
    const { engagements: completed } = completeRecords(
      { engagements: [first], officials: [], sources: [] },
      ranges,
    )
    expect(completed[0]).toMatchObject({ startDate: '1999-01-01', endDate: '1999-01-02' })
  })

  it('fills the ranges as the rules read dates, once per text', () => {
    const ranges: DateRanges = new Map()
    const files = input.map((value) => ({
      file: `${value.id}.json`,
      kind: 'engagement' as const,
      value,
    }))
    processRecords({ files, today: '2026-11-30', recordsFrom: 'values', ranges })
    expect([...ranges.keys()].sort()).toEqual(
      [...new Set(input.map((record) => record.date))].sort(),
    )
  })
})
