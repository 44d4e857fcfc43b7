import { compareCodeUnits } from '../text/compare-code-units'
import { type DatePrecision, precisionRank } from './precision'

/** The fields that decide chronological order. */
export interface ChronologicalKey {
  readonly id: string
  readonly startDate: string | null
  readonly endDate: string | null
  readonly precision: DatePrecision
}

/**
 * Orders engagements chronologically: by `startDate` (an unknown start sorts by its
 * end), then finer precision first (a dated meeting before "sometime that month"),
 * then id, so the order is total and stable across builds.
 *
 * @example
 * [{ id: 'eng_b', startDate: '2020-11-01', endDate: '2020-11-30', precision: 'month' },
 *  { id: 'eng_a', startDate: '2020-11-01', endDate: '2020-11-01', precision: 'day' }]
 *   .sort(compareEngagements).map((e) => e.id)
 * //=> ['eng_a', 'eng_b']
 */
export function compareEngagements(left: ChronologicalKey, right: ChronologicalKey): number {
  const leftStart = left.startDate ?? left.endDate ?? ''
  const rightStart = right.startDate ?? right.endDate ?? ''
  if (leftStart !== rightStart) return compareCodeUnits(leftStart, rightStart)
  const byPrecision = precisionRank(left.precision) - precisionRank(right.precision)
  if (byPrecision !== 0) return byPrecision
  return compareCodeUnits(left.id, right.id)
}
