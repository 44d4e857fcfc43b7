import { describe, expect, it } from 'vitest'
import {
  createDataset,
  engagements,
  InvalidRecordsError,
  officials,
  sources,
} from '../../src/index'
import { rejectionOf } from '../_helpers/thrown-by'

const privateMeeting = {
  id: 'eng_priv01',
  title: 'Private test meeting',
  summary: 'A meeting recorded only in this test.',
  type: 'meeting',
  status: 'occurred',
  date: '2023-05',
  countries: ['IQ', 'KR'],
  participants: [
    {
      officialId: 'off_6biaw6',
      name: 'Thabet Al-Abbasi',
      role: 'head_of_delegation',
      side: 'iraq',
    },
  ],
  sources: [{ sourceId: 'src_434exi', supports: ['occurrence'] }],
}

describe('createDataset', () => {
  it('gives the same helpers over the package records plus private ones', async () => {
    const dataset = await createDataset({
      engagements: [...engagements, privateMeeting],
      officials,
      sources,
    })
    expect(dataset.engagements).toHaveLength(engagements.length + 1)
    expect(dataset.byCountry('South Korea').map((engagement) => engagement.id)).toContain(
      'eng_priv01',
    )
    expect(dataset.byOfficial('Thabit al-Abbasi').map((engagement) => engagement.id)).toContain(
      'eng_priv01',
    )
    expect(
      dataset.timeline({ from: '2023-05-31', to: '2023-05-31' }).map((engagement) => engagement.id),
    ).toEqual(['eng_priv01'])
    expect(dataset.getEngagement('eng_priv01')).toMatchObject({
      startDate: '2023-05-01',
      endDate: '2023-05-31',
      precision: 'month',
    })
  })

  it('does not freeze or change the caller’s objects, and freezes its own copies', async () => {
    const mine = structuredClone(privateMeeting)
    const dataset = await createDataset({ engagements: [...engagements, mine], officials, sources })
    expect(Object.isFrozen(mine)).toBe(false)
    expect(mine).not.toHaveProperty('startDate')
    expect(Object.isFrozen(dataset.getEngagement('eng_priv01'))).toBe(true)
  })

  it('lists every invalid record in one InvalidRecordsError', async () => {
    const broken = [
      { ...privateMeeting, id: 'eng_priv02', type: 'meting' },
      { ...privateMeeting, id: 'eng_priv03', date: '2022-02-30', parentId: 'eng_nowher' },
      {
        ...privateMeeting,
        id: 'eng_priv04',
        participants: [{ ...privateMeeting.participants[0], officialId: 'off_nobody' }],
      },
      {
        ...privateMeeting,
        id: 'eng_priv05',
        date: '2023-06',
        startDate: '2020-01-01',
        endDate: '2020-01-01',
        precision: 'day',
      },
    ]
    const error = await rejectionOf(
      createDataset({ engagements: [...engagements, ...broken], officials, sources }),
    )
    expect(error).toBeInstanceOf(InvalidRecordsError)
    const found = (error as InvalidRecordsError).issues.map(
      (issue) => `${issue.file} ${issue.path.join('.')}`,
    )
    const first = engagements.length
    expect(found).toEqual([
      `engagements[${first}] (eng_priv02) type`,
      `engagements[${first + 1}] (eng_priv03) date`,
      `engagements[${first + 3}] (eng_priv05) startDate`,
      `engagements[${first + 3}] (eng_priv05) endDate`,
      `engagements[${first + 3}] (eng_priv05) precision`,
      `engagements[${first + 1}] (eng_priv03) parentId`,
      `engagements[${first + 2}] (eng_priv04) participants.0.officialId`,
    ])
    expect((error as Error).message).toContain(
      `engagements[${first + 1}] (eng_priv03) date: February 2022 has 28 days, so 2022-02-30 does not exist`,
    )
  })

  it('rejects duplicate ids and unknown sources across the combined records', async () => {
    await expect(
      createDataset({ engagements: [...engagements, engagements[0]], officials, sources }),
    ).rejects.toThrow(/duplicate id/)
    await expect(
      createDataset({ engagements: [privateMeeting], officials, sources: [] }),
    ).rejects.toThrow(/unknown source id/)
  })

  it('accepts an empty input', async () => {
    const empty = await createDataset({})
    expect(empty.engagements).toEqual([])
    expect(empty.byCountry('IQ')).toEqual([])
  })
})
