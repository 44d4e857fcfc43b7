import { type DateRange, deriveDateRange } from '../core/dates/derive-date-range'
import { parseEdtf } from '../core/dates/parse-edtf'
import { stringAt } from './context'

/**
 * The derived date range of a raw record's `date`, or undefined when it does not parse.
 *
 * @example
 * rangeOf({ id: 'eng_meet01', date: '2020-11' })
 * //=> { startDate: '2020-11-01', endDate: '2020-11-30', precision: 'month' }
 * rangeOf({ date: 'November 2020' }) //=> undefined
 */
export function rangeOf(value: unknown): DateRange | undefined {
  const date = stringAt(value, 'date')
  if (date === undefined) return undefined
  const parsed = parseEdtf(date)
  return parsed.ok ? deriveDateRange(parsed.value) : undefined
}
