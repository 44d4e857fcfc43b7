import type { Engagement } from '../core/schema/engagement'
import { defaultDataset } from '../query/default-dataset'
import type { TimelineGroup, TimelineGrouping, TimelineOptions } from '../query/timeline'

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
 * // a window finds what overlaps it: the 24–27 February 2021 visit to Pakistan, and the
 * // meeting inside it whose day is unknown ('2021-02'), but only on the visit's days:
 * timeline({ from: '2021-02-25', to: '2021-02-25', country: 'PK' }).map((engagement) => engagement.id).includes('eng_s4tmm2')
 * //=> true
 *
 * @example
 * // visits to or from Iran, newest first:
 * const visits = timeline({ country: 'Iran', type: 'visit', order: 'desc' })
 * visits[0].startDate >= visits[visits.length - 1].startDate
 * //=> true
 *
 * @example
 * // counts per year for a chart:
 * timeline({ from: '2004', to: '2004', groupBy: 'year' }).map(({ key }) => key)
 * //=> ['2004']
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
