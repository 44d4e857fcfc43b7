import { describe, expect, it } from 'vitest'
import type { Engagement } from '../../src/core/schema/engagement'
import { preparedLongestSpanDays } from '../../src/generated/longest-span-days'
import { engagements } from '../../src/index'
import { longestSpanDays } from '../../src/query/longest-span-days'

const spanning = (startDate: string | null, endDate: string | null) =>
  ({ startDate, endDate }) as Engagement

describe('longestSpanDays', () => {
  it('is what the build wrote for the shipped engagements', () => {
    expect(preparedLongestSpanDays).toBe(longestSpanDays(engagements))
    expect(preparedLongestSpanDays).toBeGreaterThan(0)
  })

  it('measures only engagements with both ends known', () => {
    expect(
      longestSpanDays([
        spanning('2020-01-01', '2020-01-31'),
        spanning('2019-01-01', null),
        spanning(null, '2021-12-31'),
        spanning('2021-02-24', '2021-02-27'),
      ]),
    ).toBe(30)
  })

  it('is zero for no engagements or one-day ones', () => {
    expect(longestSpanDays([])).toBe(0)
    expect(longestSpanDays([spanning('2020-05-07', '2020-05-07')])).toBe(0)
  })
})
