import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { participantHoldsPositionRule } from '../../../src/validate/rules/participant-holds-position'
import { validDataset, withChange } from '../fixture-dataset'

const check = (files: RecordFile[]) =>
  participantHoldsPositionRule.check({ files, today: '2026-11-30' })
const IRAQI = 'data/officials/off_iraq01.json'
const dated = (from?: string, to?: string) => ({
  positions: [{ title: 'Minister of Defence', ...(from && { from }), ...(to && { to }) }],
})

describe('participant-holds-position', () => {
  it('accepts officials whose positions are undated', () => {
    expect(check(validDataset())).toEqual([])
  })

  it('accepts a meeting inside a dated tenure, and an open-ended one', () => {
    expect(check(withChange(IRAQI, dated('2020-06', '2022-10')))).toEqual([])
    expect(check(withChange(IRAQI, dated('2020-06')))).toEqual([])
  })

  it('reports a meeting dated before the official took office', () => {
    const issues = check(withChange(IRAQI, dated('2021-01', '2022-10')))
    expect(issues).toHaveLength(2)
    expect(issues[0]).toMatchObject({
      rule: 'participant-holds-position',
      file: 'data/engagements/eng_visit1.json',
      path: ['participants', 0, 'officialId'],
      message: 'Juma Inad Saadoun held no recorded position on 2020-11-14/2020-11-15',
      expected: 'a date within Minister of Defence 2021-01-01 to 2022-10-31',
    })
  })

  it('reports a meeting after the official left office', () => {
    const issues = check(withChange(IRAQI, dated(undefined, '2019-12')))
    expect(issues[0]?.expected).toBe('a date within Minister of Defence … to 2019-12-31')
  })

  it('accepts the date when any one of several dated positions covers it', () => {
    const positions = [
      { title: 'Chief of Staff', from: '2015', to: '2019' },
      { title: 'Minister of Defence', from: '2020-05' },
    ]
    expect(check(withChange(IRAQI, { positions }))).toEqual([])
  })

  it('does not judge an official with one undated position among dated ones', () => {
    const positions = [{ title: 'Chief of Staff', from: '2015', to: '2019' }, { title: 'Adviser' }]
    expect(check(withChange(IRAQI, { positions }))).toEqual([])
  })
})
