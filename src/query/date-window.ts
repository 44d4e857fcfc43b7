import type { Engagement } from '../core/schema/engagement'
import { longestSpanDays } from './longest-span-days'

/**
 * Characters of one `YYYY-MM-DD` day in {@link DateWindow.boundedStarts}.
 *
 * @example
 * '2020-11-26'.length === DAY_LENGTH //=> true
 */
export const DAY_LENGTH = 10

/**
 * What the date-window search (`findOverlapping`) reads, in a form the build can write
 * and a first `timeline` reads in place: no pass over the engagements, no map.
 */
export interface DateWindow {
  /**
   * The start days of the engagements with both ends known, in the dataset's
   * (chronological) order, written one after another, ten characters each: a binary
   * search reads them where they are.
   */
  readonly boundedStarts: string
  /** Positions of the engagements with an unknown or open end (there are few). */
  readonly unboundedPositions: readonly number[]
  /** The longest span of a bounded engagement, in days (see longestSpanDays). */
  readonly longestSpanDays: number
}

const isBounded = (engagement: Engagement) =>
  engagement.startDate !== null && engagement.endDate !== null

/**
 * The date window of engagements in chronological order. The build writes it for
 * the shipped records; `createDataset` computes it on the first date query.
 *
 * @example
 * prepareDateWindow([
 *   { startDate: '2020-11-01', endDate: '2020-11-30' },
 *   { startDate: '2021-02-24', endDate: null },
 *   { startDate: '2021-03-01', endDate: '2021-03-03' },
 * ] as Engagement[])
 * //=> { boundedStarts: '2020-11-012021-03-01', unboundedPositions: [1], longestSpanDays: 29 }
 */
export function prepareDateWindow(engagements: readonly Engagement[]): DateWindow {
  let boundedStarts = ''
  const unboundedPositions: number[] = []
  engagements.forEach((engagement, position) => {
    if (isBounded(engagement)) boundedStarts += engagement.startDate as string
    else unboundedPositions.push(position)
  })
  return {
    boundedStarts,
    unboundedPositions,
    longestSpanDays: longestSpanDays(engagements),
  }
}

/**
 * The positions of the bounded engagements, in order: every position the window
 * does not list as unbounded.
 *
 * @example
 * boundedPositionsOf({ boundedStarts: '', unboundedPositions: [1], longestSpanDays: 0 }, 4)
 * //=> [0, 2, 3]
 */
export function boundedPositionsOf(window: DateWindow, count: number): number[] {
  const positions: number[] = []
  let next = 0
  for (const unbounded of window.unboundedPositions) {
    while (next < unbounded) positions.push(next++)
    next = unbounded + 1
  }
  while (next < count) positions.push(next++)
  return positions
}
