import { describe, expect, it } from 'vitest'
import { retiredIdsRule } from '../../../src/validate/rules/retired-ids'
import { validDataset } from '../fixture-dataset'

const check = (value: unknown) =>
  retiredIdsRule.check({
    files: validDataset(),
    today: '2026-11-30',
    retired: { file: 'data/retired.json', value },
  })
const entry = (id: string, replacedBy: string | null) => ({
  retired: [{ id, replacedBy, reason: 'merged: the same meeting' }],
})

describe('retired-ids', () => {
  it('accepts a merged id pointing at a live record of its kind, and a withdrawn one', () => {
    expect(check(entry('eng_old001', 'eng_visit1'))).toEqual([])
    expect(check(entry('off_old001', null))).toEqual([])
  })

  it('reports a retired id that a record uses again', () => {
    expect(check(entry('eng_meet01', 'eng_visit1'))).toMatchObject([
      {
        rule: 'retired-ids',
        path: ['retired', 0, 'id'],
        message: 'retired id eng_meet01 is used by a record again',
      },
    ])
  })

  it('reports a replacement that does not exist or is of another kind', () => {
    for (const replacedBy of ['eng_gone01', 'off_iraq01']) {
      expect(check(entry('eng_old001', replacedBy))[0]).toMatchObject({
        path: ['retired', 0, 'replacedBy'],
        message: 'replacement is not a record of the same kind',
      })
    }
  })

  it('reports a malformed file through the schema', () => {
    expect(check({ retired: [{ id: 'nope' }] })[0]?.rule).toBe('schema')
  })
})
