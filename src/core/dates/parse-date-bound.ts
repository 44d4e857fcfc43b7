import { isValid } from 'date-fns/isValid'
import { InvalidDateError } from '../errors'
import { parseEdtf } from './parse-edtf'

/**
 * A bound accepted by `timeline`: a `Date`, or a year, month or day string.
 *
 * @example
 * const from: DateBound = '2020-11'
 * timeline({ from, to: from }).length > 0 //=> true
 */
export type DateBound = Date | string

const PERIOD_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/

/**
 * Turns a `from` or `to` bound into a `YYYY-MM-DD` day. A period covers all of
 * itself: `from: '2020'` starts on 1 January, `to: '2020'` ends on 31 December.
 * A `Date` counts by its UTC calendar day, so no local time zone shifts it.
 *
 * @param option - `'from'` or `'to'`, for the error message and the side of a period
 * @throws {InvalidDateError} for an invalid `Date` or a string that is not a year, month or day
 *
 * @example
 * parseDateBound('to', '2020-02') //=> '2020-02-29'
 * parseDateBound('from', new Date('2021-02-24T23:30:00Z')) //=> '2021-02-24'
 */
export function parseDateBound(option: 'from' | 'to', bound: DateBound): string {
  if (bound instanceof Date) {
    let time: number
    try {
      time = Date.prototype.getTime.call(bound)
    } catch {
      throw new InvalidDateError(option, bound, 'not a real Date (it has no time value)')
    }
    const date = new Date(time)
    if (!isValid(date)) throw new InvalidDateError(option, bound, 'the Date is invalid')
    const year = date.getUTCFullYear()
    if (year < 1 || year > 9999) {
      throw new InvalidDateError(option, bound, `expected a year from 0001 to 9999, found ${year}`)
    }
    return date.toISOString().slice(0, 10) // the UTC calendar day
  }
  if (typeof bound !== 'string' || !PERIOD_PATTERN.test(bound))
    throw new InvalidDateError(option, bound)
  const parsed = parseEdtf(bound)
  if (!parsed.ok || parsed.value.type !== 'date') {
    throw new InvalidDateError(option, bound, parsed.ok ? undefined : parsed.error)
  }
  return option === 'from' ? parsed.value.date.first : parsed.value.date.last
}
