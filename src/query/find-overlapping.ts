import { daysBefore, overlaps } from '../core/dates/day-ranges'
import type { Engagement } from '../core/schema/engagement'
import type { DatasetIndexes } from './build-indexes'
import { DAY_LENGTH } from './date-window'

/**
 * The first day in packed, sorted start days (`DateWindow.boundedStarts`) that is at
 * least (or, with `after`, above) the target, as an index among the days.
 */
function lowerBound(starts: string, target: string, after = false): number {
  let low = 0
  let high = starts.length / DAY_LENGTH
  while (low < high) {
    const middle = (low + high) >>> 1
    const value = starts.slice(middle * DAY_LENGTH, (middle + 1) * DAY_LENGTH)
    if (value < target || (after && value === target)) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The engagements whose range overlaps `[from, to]`, in chronological order. Among
 * records with both ends known, binary search over the build-time order bounds the
 * scan to those starting at most the longest span before `from` and no later than
 * `to`; the few records with an unknown end are checked one by one; the two ordered
 * lists are then merged by position.
 *
 * @example
 * // what timeline({ from, to }) starts from:
 * findOverlapping(buildIndexes(records), '2021-02-01', '2021-02-28')
 * //=> [...timeline({ from: '2021-02', to: '2021-02' })]
 */
export function findOverlapping(
  indexes: DatasetIndexes,
  from: string | undefined,
  to: string | undefined,
): Engagement[] {
  const { engagements, dateWindow, boundedPositions } = indexes
  const { boundedStarts, longestSpanDays, unboundedPositions } = dateWindow
  const first =
    from === undefined ? 0 : lowerBound(boundedStarts, daysBefore(from, longestSpanDays))
  const last = to === undefined ? boundedPositions.length : lowerBound(boundedStarts, to, true)
  // Positions of the matches, bounded and open, merged in order: the dataset's order.
  const inWindow: number[] = []
  for (let index = first; index < last; index++) {
    const position = boundedPositions[index] as number
    if (overlaps(engagements[position] as Engagement, from, to)) inWindow.push(position)
  }
  const open = unboundedPositions.filter((position) =>
    overlaps(engagements[position] as Engagement, from, to),
  )
  const merged: Engagement[] = []
  let left = 0
  let right = 0
  while (left < inWindow.length || right < open.length) {
    const a = inWindow[left]
    const b = open[right]
    if (b === undefined || (a !== undefined && a < b)) {
      merged.push(engagements[a as number] as Engagement)
      left++
    } else {
      merged.push(engagements[b] as Engagement)
      right++
    }
  }
  return merged
}
