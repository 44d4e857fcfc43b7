const DAY_MS = 86_400_000

/** A range of `YYYY-MM-DD` days; `null` ends are unknown or open, hence unbounded. */
export interface DayRange {
  readonly startDate: string | null
  readonly endDate: string | null
}

/**
 * True when a day range overlaps `[from, to]`. An unknown or open end of either
 * range is unbounded, so an undated end never excludes a record.
 *
 * @example
 * overlaps({ startDate: '2020-11-01', endDate: '2020-11-30' }, '2020-11-29', undefined) //=> true
 */
export function overlaps(
  { startDate, endDate }: DayRange,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  return (
    (startDate === null || to == null || startDate <= to) &&
    (endDate === null || from == null || endDate >= from)
  )
}

/**
 * Whole days from one `YYYY-MM-DD` day to another. Date-only ISO strings parse as
 * UTC midnight by specification, so the arithmetic cannot drift a day.
 *
 * @example
 * daysBetween('2021-02-24', '2021-02-27') //=> 3
 */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS)
}

/**
 * The day `count` days before `day`, as `YYYY-MM-DD` (UTC arithmetic, as above).
 *
 * @example
 * daysBefore('2021-03-01', 1) //=> '2021-02-28'
 */
export function daysBefore(day: string, count: number): string {
  return new Date(Date.parse(day) - count * DAY_MS).toISOString().slice(0, 10)
}
