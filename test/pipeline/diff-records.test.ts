import { describe, expect, it } from 'vitest'
import { diffRecords, formatDiff } from '../../src/pipeline/diff-records'

const records = (entries: [string, 'engagement' | 'official' | 'source', unknown][]) =>
  new Map(entries.map(([id, kind, value]) => [id, { kind, value }]))

describe('diffRecords', () => {
  const before = records([
    ['eng_kept01', 'engagement', { id: 'eng_kept01', date: '2021-02', notes: 'x' }],
    ['eng_gone01', 'engagement', { id: 'eng_gone01' }],
    ['off_same01', 'official', { id: 'off_same01', name: 'A' }],
  ])
  const after = records([
    [
      'eng_kept01',
      'engagement',
      { id: 'eng_kept01', date: '2021-02-24', location: { country: 'PK' } },
    ],
    ['eng_new001', 'engagement', { id: 'eng_new001' }],
    ['off_same01', 'official', { $schema: 'changed hint only', id: 'off_same01', name: 'A' }],
  ])
  const diff = diffRecords(before, after)

  it('lists added, removed and changed records, with the changed fields', () => {
    expect(diff.added).toEqual([{ kind: 'engagement', id: 'eng_new001' }])
    expect(diff.removed).toEqual([{ kind: 'engagement', id: 'eng_gone01' }])
    expect(diff.changed).toEqual([
      { kind: 'engagement', id: 'eng_kept01', fields: ['date', 'notes', 'location'] },
    ])
  })

  it('formats counts per kind, then each record', () => {
    expect(formatDiff(diff, 'v0.1.0').split('\n')).toEqual([
      'Since v0.1.0: 1 engagements added, 1 removed, 1 changed; 0 officials added, 0 removed, 0 changed; 0 sources added, 0 removed, 0 changed',
      '- removed engagement eng_gone01',
      '~ changed engagement eng_kept01: date, notes, location',
      '+ added engagement eng_new001',
    ])
  })
})
