import { describe, expect, it } from 'vitest'
import { boundByParentVisit } from '../../../src/core/dates/bound-by-parent-visit'

const visit = { id: 'eng_visit1', startDate: '2021-02-24', endDate: '2021-02-27' }

describe('boundByParentVisit', () => {
  it('narrows a month-precise meeting to the days of its visit', () => {
    const meeting = {
      id: 'eng_meet01',
      parentId: 'eng_visit1',
      startDate: '2021-02-01',
      endDate: '2021-02-28',
    }
    expect(boundByParentVisit([meeting, visit])[0]).toEqual({
      ...meeting,
      startDate: '2021-02-24',
      endDate: '2021-02-27',
    })
  })

  it('keeps a day-precise meeting inside the visit as it is (the same object)', () => {
    const meeting = {
      id: 'eng_meet01',
      parentId: 'eng_visit1',
      startDate: '2021-02-25',
      endDate: '2021-02-25',
    }
    expect(boundByParentVisit([visit, meeting])[1]).toBe(meeting)
  })

  it('narrows one end only when the visit’s other end is unknown', () => {
    const open = { id: 'eng_visit1', startDate: '2017-07-22', endDate: null }
    const meeting = {
      id: 'eng_meet01',
      parentId: 'eng_visit1',
      startDate: '2017-07-01',
      endDate: '2017-07-31',
    }
    expect(boundByParentVisit([open, meeting])[1]).toMatchObject({
      startDate: '2017-07-22',
      endDate: '2017-07-31',
    })
  })

  it('leaves records without a parent, a missing parent or a disjoint parent unchanged', () => {
    const alone = { id: 'eng_alone1', startDate: '2021-02-01', endDate: '2021-02-28' }
    const orphan = { ...alone, id: 'eng_orphan', parentId: 'eng_gone01' }
    const disjoint = {
      ...alone,
      id: 'eng_later1',
      parentId: 'eng_visit1',
      startDate: '2021-03-01',
      endDate: '2021-03-31',
    }
    expect(boundByParentVisit([visit, alone, orphan, disjoint])).toEqual([
      visit,
      alone,
      orphan,
      disjoint,
    ])
  })
})
