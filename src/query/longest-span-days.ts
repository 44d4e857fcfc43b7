import { daysBetween } from '../core/dates/day-ranges'
import type { Engagement } from '../core/schema/engagement'

/**
 * How many days the longest engagement with both ends known lasts: how far before a
 * window's start the date search must look for an engagement still running. The
 * build writes it for the shipped engagements, so a first `timeline` reads one number
 * instead of measuring every engagement.
 *
 * @example
 * longestSpanDays([
 *   { startDate: '2021-02-24', endDate: '2021-02-27' },
 *   { startDate: '2020-01-01', endDate: null },
 * ] as Engagement[]) //=> 3
 */
export function longestSpanDays(engagements: readonly Engagement[]): number {
  let longest = 0
  for (const { startDate, endDate } of engagements) {
    if (startDate !== null && endDate !== null) {
      longest = Math.max(longest, daysBetween(startDate, endDate))
    }
  }
  return longest
}
