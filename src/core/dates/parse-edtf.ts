import { getDaysInMonth } from 'date-fns/getDaysInMonth'
import type { DatePrecision } from './precision'

export type { DatePrecision }

/**
 * EDTF level-1 qualifiers: `?` uncertain, `~` approximate, `%` both.
 *
 * @example
 * const qualifier: EdtfQualifier = '?'
 * parseEdtf(`2019-03${qualifier}`).ok //=> true
 */
export type EdtfQualifier = '?' | '~' | '%'

/**
 * A single calendar date, as precise as the source allows.
 *
 * @example
 * const result = parseEdtf('2020-11~')
 * result.ok && result.value.type === 'date' && result.value.date.qualifier //=> '~'
 */
export interface EdtfDate {
  readonly kind: 'date'
  /** The date as written, without its qualifier, e.g. `2020-11`. */
  readonly value: string
  readonly precision: DatePrecision
  readonly qualifier: EdtfQualifier | null
  /** First day the date can mean, `YYYY-MM-DD`. */
  readonly first: string
  /** Last day the date can mean, `YYYY-MM-DD`. */
  readonly last: string
}

/**
 * One end of an interval: a date, an unknown end (empty) or an open end (`..`).
 *
 * @example
 * const result = parseEdtf('2024-11-12/')
 * result.ok && result.value.type === 'interval' && result.value.end.kind //=> 'unknown'
 */
export type EdtfBound = EdtfDate | { readonly kind: 'unknown' } | { readonly kind: 'open' }

/**
 * A parsed EDTF value: a single date or an interval.
 *
 * @example
 * const result = parseEdtf('2021-02-24/2021-02-27')
 * result.ok && result.value.type //=> 'interval'
 */
export type Edtf =
  | { readonly type: 'date'; readonly date: EdtfDate }
  | { readonly type: 'interval'; readonly start: EdtfBound; readonly end: EdtfBound }

/**
 * The outcome of {@link parseEdtf}: the value, or a sentence saying what is wrong.
 *
 * @example
 * const result: EdtfParseResult = parseEdtf('2021-02-30')
 * result.ok //=> false
 */
export type EdtfParseResult = { ok: true; value: Edtf } | { ok: false; error: string }

const DATE_PATTERN = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/
const EXAMPLES = 'e.g. 2020, 2020-11, 2020-11-26~ or 2021-02-24/2021-02-27'

/**
 * Parses the subset of EDTF (ISO 8601-2, levels 0 and 1) that the dataset allows:
 * a year, month or day, optionally qualified, or an interval of two such dates whose
 * ends may be unknown (empty) or open (`..`). Times, seasons and `X` digits are
 * refused so that every state of knowledge has exactly one spelling.
 *
 * Days are built as strings and month lengths read from a mid-month date, so a
 * date-only value never drifts across a day boundary in any time zone.
 *
 * @param input - the EDTF string to parse
 * @returns `{ ok: true, value }`, or `{ ok: false, error }` with a sentence naming the problem
 *
 * @example
 * // a month, known no more finely:
 * parseEdtf('2020-11')
 * //=> { ok: true, value: { type: 'date', date: { kind: 'date', value: '2020-11', precision: 'month', qualifier: null, first: '2020-11-01', last: '2020-11-30' } } }
 *
 * @example
 * // an impossible day:
 * parseEdtf('2021-02-30')
 * //=> { ok: false, error: 'February 2021 has 28 days, so 2021-02-30 does not exist' }
 */
export function parseEdtf(input: string): EdtfParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'expected an EDTF string' }
  if (input.includes('/')) return parseInterval(input)
  const date = parseDate(input)
  return typeof date === 'string'
    ? { ok: false, error: date }
    : { ok: true, value: { type: 'date', date } }
}

function parseInterval(input: string): EdtfParseResult {
  const parts = input.split('/')
  if (parts.length !== 2)
    return { ok: false, error: `"${input}" has more than one "/" (${EXAMPLES})` }
  const [startText = '', endText = ''] = parts
  const start = parseBound(startText)
  if (typeof start === 'string') return { ok: false, error: `interval start: ${start}` }
  const end = parseBound(endText)
  if (typeof end === 'string') return { ok: false, error: `interval end: ${end}` }
  if (start.kind !== 'date' && end.kind !== 'date') {
    return { ok: false, error: 'an interval needs at least one known end' }
  }
  if (start.kind === 'date' && end.kind === 'date') {
    if (startText === endText) {
      return {
        ok: false,
        error: `both ends are ${start.value}: write it as the single date "${startText}"`,
      }
    }
    if (start.first > end.last) {
      return {
        ok: false,
        error: `the interval ends (${end.value}) before it starts (${start.value})`,
      }
    }
    // As in edtf.js: the end must begin strictly after the start begins.
    if (start.first >= end.first) {
      return {
        ok: false,
        error: `the interval's end (${end.value}) must begin after its start (${start.value}) begins`,
      }
    }
  }
  return { ok: true, value: { type: 'interval', start, end } }
}

function parseBound(text: string): EdtfBound | string {
  if (text === '') return { kind: 'unknown' }
  if (text === '..') return { kind: 'open' }
  return parseDate(text)
}

/**
 * A local-time Date in the middle of a month: whatever the time zone, it lies in
 * that month, so month facts read from it (length, name) cannot drift.
 */
function middleOfMonth(year: number, month: number): Date {
  const date = new Date(2000, month - 1, 15)
  date.setFullYear(year) // years below 100 would otherwise map to 19xx
  return date
}

// Days per (year, month), computed once each: every record's date asks again.
const monthLengths = new Map<number, number>()
function daysIn(year: number, month: number): number {
  const key = year * 12 + month
  let days = monthLengths.get(key)
  if (days === undefined) {
    days = getDaysInMonth(middleOfMonth(year, month))
    monthLengths.set(key, days)
  }
  return days
}

function parseDate(text: string): EdtfDate | string {
  const match = DATE_PATTERN.exec(text)
  // Only a text that is not a date is checked for the two common mistakes (neither a time
  // nor an X can be in a match), so a valid date costs one pattern, not three.
  if (!match) {
    if (/[Tt:]/.test(text)) return `"${text}" has a time of day; the dataset records dates only`
    if (/X/i.test(text)) {
      return `"${text}" uses unspecified digits (X); write only the known part, e.g. 2019-03 for March 2019`
    }
    return `"${text}" is not an EDTF date (${EXAMPLES})`
  }
  const [, yearText = '', monthText, dayText, qualifier] = match
  const year = Number(yearText)
  const result = (
    value: string,
    precision: DatePrecision,
    first: string,
    last: string,
  ): EdtfDate => ({
    kind: 'date',
    value,
    precision,
    qualifier: (qualifier as EdtfQualifier | undefined) ?? null,
    first,
    last,
  })
  if (monthText === undefined)
    return result(yearText, 'year', `${yearText}-01-01`, `${yearText}-12-31`)
  const month = Number(monthText)
  if (month < 1 || month > 12) {
    return `month ${monthText} does not exist in "${text}" (seasons 21-24 are not used)`
  }
  const daysInMonth = daysIn(year, month)
  const yearMonth = `${yearText}-${monthText}`
  if (dayText === undefined) {
    return result(
      yearMonth,
      'month',
      `${yearMonth}-01`,
      `${yearMonth}-${String(daysInMonth).padStart(2, '0')}`,
    )
  }
  const day = Number(dayText)
  if (day < 1 || day > daysInMonth) {
    const monthName = middleOfMonth(year, month).toLocaleString('en', { month: 'long' })
    return `${monthName} ${yearText} has ${daysInMonth} days, so ${yearMonth}-${dayText} does not exist`
  }
  const date = `${yearMonth}-${dayText}`
  return result(date, 'day', date, date)
}
