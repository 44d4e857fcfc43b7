import { describe, expect, it } from 'vitest'
import type { Engagement } from '../../src/core/schema/engagement'
import { longestSpanDays } from '../../src/query/longest-span-days'

const spanning = (startDate: string | null, endDate: string | null) =>
  ({ startDate, endDate }) as Engagement

describe('longestSpanDays', () => {
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
