import { defaultDataset } from '../dataset/default-dataset'
import type { TimelineGroup, TimelineGrouping, TimelineOptions } from '../query/timeline'
import type { Engagement } from '../schema/engagement'

/**
 * Engagements in chronological order, filtered by any of: a date range
 * (`from`/`to`, each a `Date` or `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; a period bound
 * covers the whole period, and an engagement matches when its own range overlaps),
 * `country`, `official`, `type` and `status`. `order: 'desc'` reverses the order;
 * `groupBy: 'year' | 'month'` returns display groups instead of a flat list (a
 * record known only to the year is grouped under its year).
 *
 * @returns the matching engagements, or groups of them, frozen
 * @throws {InvalidDateError} for an unparseable bound
 * @throws {InvalidDateRangeError} when `to` is before `from`
 * @throws {UnknownCountryError} or {@link UnknownOfficialError} / {@link AmbiguousOfficialError} for the `country` and `official` filters
 * @throws {InvalidOptionError} for an unknown option, type, status, order or grouping
 *
 * @example
 * // 26 to 29 November 2020, every state; a record known only to the month overlaps every window in it:
 * timeline({ from: '2020-11-26', to: '2020-11-29' }).map((engagement) => engagement.date)
 * //=> ['2020-11', '2020-11', '2020-11-26~/2020-11-29~', '2020-11-26', '2020-11', '2020-11-27', '2020-11-29']
 *
 * @example
 * // visits to or from Iran, newest first:
 * timeline({ country: 'Iran', type: 'visit', order: 'desc' })[0].date
 * //=> '2025-10'
 *
 * @example
 * // counts per year for a chart:
 * timeline({ groupBy: 'year' }).map(({ key, engagements }) => [key, engagements.length]).slice(0, 2)
 * //=> [['2004', 15], ['2005', 14]]
 */
export function timeline(
  options: TimelineOptions & { readonly groupBy: TimelineGrouping },
): readonly TimelineGroup[]
export function timeline(
  options?: TimelineOptions & { readonly groupBy?: undefined },
): readonly Engagement[]
export function timeline(
  options?: TimelineOptions,
): readonly Engagement[] | readonly TimelineGroup[] {
  return defaultDataset().timeline(options as TimelineOptions & { groupBy?: undefined })
}
