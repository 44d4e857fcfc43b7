import { type DateRange, deriveDateRange } from '../core/dates/derive-date-range'
import { parseEdtf } from '../core/dates/parse-edtf'
import { stringAt } from './context'

/**
 * The derived date range of a raw record's `date`, or undefined when it does not parse;
 * remembered in the run's `ranges` when given.
 *
 * @example
 * rangeOf({ id: 'eng_meet01', date: '2020-11' })
 * //=> { startDate: '2020-11-01', endDate: '2020-11-30', precision: 'month' }
 * rangeOf({ date: 'November 2020' }) //=> undefined
 */
export function rangeOf(value: unknown, ranges?: DateRanges): DateRange | undefined {
  const date = stringAt(value, 'date')
  if (date === undefined) return undefined
  if (ranges === undefined) return rangeOfDate(date)
  // `undefined` is a date that did not parse, remembered too; a miss is absent.
  if (ranges.has(date)) return ranges.get(date)
  const range = rangeOfDate(date)
  ranges.set(date, range)
  return range
}

function rangeOfDate(date: string): DateRange | undefined {
  const parsed = parseEdtf(date)
  return parsed.ok ? deriveDateRange(parsed.value) : undefined
}

/**
 * The date ranges of one run of the record pipeline, by the text of the date: several
 * rules and the completion ask for each engagement's, and each text is parsed once.
 *
 * @example
 * const ranges: DateRanges = new Map()
 * rangeOf({ date: '2020-11' }, ranges) === rangeOf({ date: '2020-11' }, ranges) //=> true
 */
export type DateRanges = Map<string, DateRange | undefined>
