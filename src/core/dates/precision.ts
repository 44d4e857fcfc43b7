/**
 * How precisely a date is known, finest first. The one definition of the order:
 * the schema's `precision` enum, chronological sorting and the coarsest end of an
 * interval all read it from here.
 *
 * @example
 * DATE_PRECISIONS //=> ['day', 'month', 'year']
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const

/**
 * How precisely a date is known: `'day'`, `'month'` or `'year'`.
 *
 * @example
 * const precision: DatePrecision = getEngagement('eng_pa8hy7').precision
 * DATE_PRECISIONS.includes(precision) //=> true
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

/**
 * The rank of a precision, finest first: lower means more precise.
 *
 * @example
 * precisionRank('day') < precisionRank('month') //=> true
 */
export const precisionRank = (precision: DatePrecision): number =>
  DATE_PRECISIONS.indexOf(precision)

/**
 * The coarser of two precisions.
 *
 * @example
 * coarserPrecision('day', 'month') //=> 'month'
 */
export const coarserPrecision = (left: DatePrecision, right: DatePrecision): DatePrecision =>
  precisionRank(right) > precisionRank(left) ? right : left
