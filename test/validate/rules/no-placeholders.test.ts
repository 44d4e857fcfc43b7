import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { isPlaceholder, noPlaceholdersRule } from '../../../src/validate/rules/no-placeholders'
import { validDataset, withChange } from '../fixture-dataset'

const check = (files: RecordFile[]) => noPlaceholdersRule.check({ files, today: '2026-11-30' })
const MEETING = 'data/engagements/eng_meet01.json'

describe('no-placeholders', () => {
  it('accepts the valid dataset', () => {
    expect(check(validDataset())).toEqual([])
  })

  it('reports a placeholder at the top level, in an array and inside an object in an array', () => {
    const files = withChange(MEETING, {
      title: 'TODO: a neutral title',
      systems: ['Thales radar', 'TODO: systems named'],
      participants: [
        {
          officialId: 'off_iraq01',
          name: 'Juma Inad',
          title: 'TODO title',
          role: 'host',
          side: 'iraq',
        },
      ],
    })
    expect(check(files).map(({ path, expected }) => ({ path, expected }))).toEqual([
      { path: ['title'], expected: 'a neutral title' },
      { path: ['participants', 0, 'title'], expected: 'title' },
      { path: ['systems', 1], expected: 'systems named' },
    ])
  })

  it('finds a placeholder that only an array holds', () => {
    const participants = [
      {
        officialId: 'off_iraq01',
        name: 'Juma Inad',
        title: 'TODO title',
        role: 'host',
        side: 'iraq',
      },
    ]
    expect(check(withChange(MEETING, { participants })).map((issue) => issue.path)).toEqual([
      ['participants', 0, 'title'],
    ])
    expect(check(withChange(MEETING, { systems: ['TODO'] })).map((issue) => issue.path)).toEqual([
      ['systems', 0],
    ])
  })

  it('shortens a long placeholder in the report', () => {
    const files = withChange(MEETING, { notes: `TODO: ${'x'.repeat(80)}` })
    expect(check(files)[0]?.actual).toBe(JSON.stringify(`TODO: ${'x'.repeat(51)}...`))
  })

  it('does not take "TODO" inside a text for a placeholder', () => {
    expect(isPlaceholder('The list of TODO items')).toBe(false)
    expect(check(withChange(MEETING, { notes: 'A TODO list was not kept.' }))).toEqual([])
  })
})
