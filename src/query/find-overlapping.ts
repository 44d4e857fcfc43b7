import { UTCDate } from '@date-fns/utc'
import { formatISO, subDays } from 'date-fns'
import type { DatasetIndexes } from '../indexes/build-indexes'
import type { Engagement } from '../schema/engagement'

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
 * True when an engagement's date range overlaps `[from, to]`. An unknown or open
 * end of either range is unbounded, so an undated end never excludes a record.
 *
 * @example
 * overlaps({ startDate: '2020-11-01', endDate: '2020-11-30' }, '2020-11-29', undefined) //=> true
 */
export function overlaps(
  { startDate, endDate }: Pick<Engagement, 'startDate' | 'endDate'>,
  from: string | undefined,
  to: string | undefined,
): boolean {
  return (
    (startDate === null || to === undefined || startDate <= to) &&
    (endDate === null || from === undefined || endDate >= from)
  )
}

/**
 * The engagements whose range overlaps `[from, to]`, in chronological order, found
 * by binary search over the build-time order: only records that start at most the
 * longest engagement's span before `from` are examined, plus the few with an open end.
 */
export function findOverlapping(
  indexes: DatasetIndexes,
  from: string | undefined,
  to: string | undefined,
): Engagement[] {
  const { dated, datedStarts, longestSpanDays, openEnded, positionOf } = indexes
  const earliestStart =
    from === undefined
      ? undefined
      : formatISO(subDays(new UTCDate(`${from}T00:00:00Z`), longestSpanDays), {
          representation: 'date',
        })
  const first = earliestStart === undefined ? 0 : lowerBound(datedStarts, earliestStart)
  const last = to === undefined ? dated.length : lowerBound(datedStarts, to, true)
  const found = new Set<Engagement>()
  for (let position = first; position < last; position++) {
    const engagement = dated[position] as Engagement
    if (overlaps(engagement, from, to)) found.add(engagement)
  }
  for (const engagement of openEnded) if (overlaps(engagement, from, to)) found.add(engagement)
  return [...found].sort((a, b) => (positionOf.get(a) ?? 0) - (positionOf.get(b) ?? 0))
}
