/**
 * Today's date in UTC as `YYYY-MM-DD` (or that of another moment, for tests).
 *
 * @example
 * todayUtc(new Date('2026-11-22T23:30:00-05:00')) //=> '2026-11-23'
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
