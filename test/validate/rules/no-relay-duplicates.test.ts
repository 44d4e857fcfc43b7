import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { noRelayDuplicatesRule } from '../../../src/validate/rules/no-relay-duplicates'
import { validDataset } from '../fixture-dataset'

const check = (files: RecordFile[]) => noRelayDuplicatesRule.check({ files, today: '2026-11-30' })

/** The fixture plus one more engagement built from the visit's fields. */
function withExtra(id: string, fields: Record<string, unknown>): RecordFile[] {
  const files = validDataset()
  const visit = files.find((file) => file.file.endsWith('eng_visit1.json'))!
  const value = { ...(visit.value as Record<string, unknown>), id, ...fields }
  return [...files, { file: `data/engagements/${id}.json`, kind: 'engagement', value }]
}

describe('no-relay-duplicates', () => {
  it('does not flag a visit and the meeting inside it', () => {
    expect(check(validDataset())).toEqual([])
  })

  it('flags a relay report of the same visit recorded with other dates', () => {
    const issues = check(withExtra('eng_relay1', { type: 'meeting', date: '2020-11' }))
    expect(issues.map(({ file, message }) => ({ file, message }))).toEqual([
      {
        file: 'data/engagements/eng_relay1.json',
        message:
          'may describe the same event as eng_visit1 (IR, overlapping dates, both with off_iraq01)',
      },
      {
        file: 'data/engagements/eng_relay1.json',
        message:
          'may describe the same event as eng_meet01 (IR, overlapping dates, both with off_iraq01)',
      },
    ])
    expect(issues[0]?.tip).toContain('add { "id": "eng_visit1", "note": "why" } to distinctFrom')
  })

  it('tells records apart by themselves, not by their file label', () => {
    const files = withExtra('eng_relay1', { type: 'meeting', date: '2020-11' }).map((file) => ({
      ...file,
      file: 'inline',
    }))
    expect(check(files).map(({ message }) => message)).toEqual([
      'may describe the same event as eng_visit1 (IR, overlapping dates, both with off_iraq01)',
      'may describe the same event as eng_meet01 (IR, overlapping dates, both with off_iraq01)',
    ])
  })

  it('does not flag records with another counterpart, other dates or no shared person', () => {
    expect(check(withExtra('eng_other1', { countries: ['IQ', 'TR'] }))).toEqual([])
    expect(check(withExtra('eng_other1', { date: '2020-12-01' }))).toEqual([])
    expect(check(withExtra('eng_other1', { participants: [] }))).toEqual([])
  })

  it('does not flag two events of one visit that share only the Iraqi side', () => {
    const iraqiOnly = [
      { officialId: 'off_iraq01', name: 'Juma Inad', role: 'head_of_delegation', side: 'iraq' },
    ]
    const files = withExtra('eng_tour01', {
      type: 'facility_tour',
      date: '2020-11-15',
      parentId: 'eng_visit1',
      participants: iraqiOnly,
    })
    expect(check(files)).toEqual([])
  })

  it('flags two events of one visit that share the foreign side', () => {
    const files = withExtra('eng_meet02', {
      type: 'meeting',
      date: '2020-11',
      parentId: 'eng_visit1',
    })
    expect(check(files)).toHaveLength(1)
  })

  it('accepts a pair a reviewer marked distinct, including the visit’s children', () => {
    const distinctFrom = [{ id: 'eng_visit1', note: 'A second trip that month.' }]
    expect(check(withExtra('eng_other1', { date: '2020-11', distinctFrom }))).toEqual([])
  })
})
