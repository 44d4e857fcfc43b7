import { describe, expect, it } from 'vitest'
import { overlaps } from '../../src/core/dates/day-ranges'
import type { Engagement } from '../../src/core/schema/engagement'
import { preparedDateWindow } from '../../src/generated/date-window'
import { engagements } from '../../src/index'
import { buildIndexes } from '../../src/query/build-indexes'
import { boundedPositionsOf, prepareDateWindow } from '../../src/query/date-window'
import { findOverlapping } from '../../src/query/find-overlapping'
import { longestSpanDays } from '../../src/query/longest-span-days'

const spanning = (id: string, startDate: string | null, endDate: string | null) =>
  ({ id, startDate, endDate }) as Engagement

/** Records in the build's order: by start, with an open end or an unknown start among them. */
const records = [
  spanning('a', null, '2019-03-12'),
  spanning('b', '2019-12-30', '2020-01-02'),
  spanning('c', '2020-01-01', '2020-12-31'),
  spanning('d', '2020-02-10', null),
  spanning('e', '2020-02-11', '2020-02-11'),
  spanning('f', '2021-06-01', '2021-06-30'),
]

describe('prepareDateWindow', () => {
  it('is what the build wrote for the shipped engagements', () => {
    expect(preparedDateWindow).toEqual(prepareDateWindow(engagements))
  })

  it('packs the start days of bounded records and lists the others by position', () => {
    const window = prepareDateWindow(records)
    expect(window).toEqual({
      boundedStarts: '2019-12-302020-01-012020-02-112021-06-01',
      unboundedPositions: [0, 3],
      longestSpanDays: longestSpanDays(records),
    })
    expect(boundedPositionsOf(window, records.length)).toEqual([1, 2, 4, 5])
  })

  it('gives every position to exactly one of the two lists', () => {
    const window = prepareDateWindow(engagements)
    const bounded = boundedPositionsOf(window, engagements.length)
    expect(bounded.length * 10).toBe(window.boundedStarts.length)
    expect([...bounded, ...window.unboundedPositions].sort((a, b) => a - b)).toEqual(
      engagements.map((_, position) => position),
    )
  })
})

describe('findOverlapping over a window computed at run time', () => {
  const indexes = buildIndexes({ engagements: records, officials: [], sources: [] })
  const days = [
    undefined,
    '2019-01-01',
    '2019-12-31',
    '2020-01-01',
    '2020-02-11',
    '2020-06-15',
    '2021-06-30',
    '2022-01-01',
  ]

  it('equals a linear scan, in order, for every pair of bounds', () => {
    for (const from of days) {
      for (const to of days) {
        if (from !== undefined && to !== undefined && to < from) continue
        expect(findOverlapping(indexes, from, to).map((record) => record.id)).toEqual(
          records.filter((record) => overlaps(record, from, to)).map((record) => record.id),
        )
      }
    }
  })
})
