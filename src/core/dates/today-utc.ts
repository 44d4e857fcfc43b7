/**
 * Today's date in UTC as `YYYY-MM-DD`.
 *
 * @example
 * todayUtc() //=> '2026-11-22'
 */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10)
}
