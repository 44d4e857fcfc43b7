import { daysBefore, overlaps } from '../core/dates/day-ranges'
import type { Engagement } from '../core/schema/engagement'
import type { DatasetIndexes } from './build-indexes'

/** First position in a sorted list whose value is at least (or, with `after`, above) the target. */
function lowerBound(sorted: readonly string[], target: string, after = false): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const value = sorted[middle] as string
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
  const { bounded, boundedStarts, longestSpanDays, unbounded, positionOf } = indexes
  const first =
    from === undefined ? 0 : lowerBound(boundedStarts, daysBefore(from, longestSpanDays))
  const last = to === undefined ? bounded.length : lowerBound(boundedStarts, to, true)
  const inWindow: Engagement[] = []
  for (let position = first; position < last; position++) {
    const engagement = bounded[position] as Engagement
    if (overlaps(engagement, from, to)) inWindow.push(engagement)
  }
  const open = unbounded.filter((engagement) => overlaps(engagement, from, to))
  if (open.length === 0) return inWindow
  const merged: Engagement[] = []
  let left = 0
  let right = 0
  while (left < inWindow.length || right < open.length) {
    const a = inWindow[left]
    const b = open[right]
    if (
      b === undefined ||
      (a !== undefined && (positionOf.get(a) ?? 0) < (positionOf.get(b) ?? 0))
    ) {
      merged.push(a as Engagement)
      left++
    } else {
      merged.push(b)
      right++
    }
  }
  return merged
}
