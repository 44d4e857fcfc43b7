import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { participantSidesRule } from '../../../src/validate/rules/participant-sides'
import { validDataset, withChange } from '../fixture-dataset'

const check = (files: RecordFile[]) => participantSidesRule.check({ files, today: '2026-11-30' })
const MEETING = 'data/engagements/eng_meet01.json'
const iranian = (fields: object) => ({
  officialId: 'off_iran01',
  name: 'Khatami',
  role: 'host',
  ...fields,
})

describe('participant-sides', () => {
  it('accepts the valid dataset', () => {
    expect(check(validDataset())).toEqual([])
  })

  it('accepts a third party whose country is not a party', () => {
    const files = withChange(MEETING, {
      countries: ['IQ', 'KR'],
      participants: [iranian({ side: 'third_party' })],
    })
    expect(check(files)).toEqual([])
  })

  it('skips a participant with no side or an unknown official', () => {
    const files = withChange(MEETING, {
      countries: ['IQ', 'KR'],
      participants: [
        iranian({ side: undefined }),
        iranian({ officialId: 'off_nobody', side: 'iraq' }),
      ],
    })
    expect(check(files)).toEqual([])
  })

  it('reports each participant of one record, side first, then party', () => {
    const files = withChange(MEETING, {
      countries: ['IQ', 'KR'],
      participants: [
        iranian({ side: 'iraq' }),
        iranian({ side: 'counterpart' }),
        { officialId: 'off_iraq01', name: 'Juma Inad', role: 'attendee', side: 'iraq' },
      ],
    })
    expect(check(files).map(({ path, message, actual }) => ({ path, message, actual }))).toEqual([
      {
        path: ['participants', 0, 'side'],
        message: "side does not match the official's affiliation (IR)",
        actual: '"iraq"',
      },
      {
        path: ['countries'],
        message: 'participant 1 serves IR, which is not listed as a party',
        actual: '["IQ","KR"]',
      },
    ])
  })
})
