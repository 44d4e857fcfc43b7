import type { Edtf, EdtfBound } from './parse-edtf'
import { coarserPrecision, type DatePrecision } from './precision'

/**
 * The calendar range an EDTF value covers, in plain ISO days.
 *
 * @example
 * const range: DateRange = deriveDateRange(parsed('2021-02-24/2021-02-27'))
 * range.endDate //=> '2021-02-27'
 */
export interface DateRange {
  /** First possible day, `YYYY-MM-DD`; `null` when the start is unknown or open. */
  readonly startDate: string | null
  /** Last possible day, `YYYY-MM-DD`; `null` when the end is unknown or open. */
  readonly endDate: string | null
  /** Precision of the coarsest known end. */
  readonly precision: DatePrecision
}

/**
 * The fields the build derives from an engagement's `date`; contributors do not write
 * them. The type checker holds this list to the keys of {@link DateRange}.
 *
 * @example
 * DERIVED_DATE_FIELDS //=> ['startDate', 'endDate', 'precision']
 * DERIVED_DATE_FIELDS.every((field) => field in engagements[0]) //=> true
 */
export const DERIVED_DATE_FIELDS = [
  'startDate',
  'endDate',
  'precision',
] as const satisfies readonly (keyof DateRange)[]

/** One of the derived date fields. */
export type DerivedDateField = (typeof DERIVED_DATE_FIELDS)[number]

/**
 * True when a value already carries any derived date field (a complete record, as
 * opposed to one written by a contributor).
 *
 * @example
 * hasDerivedDates({ date: '2020', startDate: '2020-01-01' }) //=> true
 * hasDerivedDates({ date: '2020' }) //=> false
 */
export const hasDerivedDates = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && DERIVED_DATE_FIELDS.some((field) => field in value)

const firstDay = (bound: EdtfBound): string | null => (bound.kind === 'date' ? bound.first : null)
const lastDay = (bound: EdtfBound): string | null => (bound.kind === 'date' ? bound.last : null)

/**
 * Derives the first and last day an EDTF value can mean, and how precisely it is
 * known. The build stores these next to `date` so that consumers can filter and
 * sort without an EDTF parser, while `date` keeps the honest, human-entered form.
 *
 * @param edtf - a value returned by `parseEdtf`
 * @returns the derived `startDate`, `endDate` and `precision`
 *
 * @example
 * // a month widens to its first and last day:
 * deriveDateRange(parsed('2020-11'))
 * //=> { startDate: '2020-11-01', endDate: '2020-11-30', precision: 'month' }
 *
 * @example
 * // an interval with an unknown end:
 * deriveDateRange(parsed('2024-11-12/'))
 * //=> { startDate: '2024-11-12', endDate: null, precision: 'day' }
 */
export function deriveDateRange(edtf: Edtf): DateRange {
  if (edtf.type === 'date') {
    return { startDate: edtf.date.first, endDate: edtf.date.last, precision: edtf.date.precision }
  }
  const known = [edtf.start, edtf.end].filter((bound) => bound.kind === 'date')
  const precision = known
    .map((bound) => bound.precision)
    .reduce<DatePrecision>(coarserPrecision, 'day')
  return { startDate: firstDay(edtf.start), endDate: lastDay(edtf.end), precision }
}
