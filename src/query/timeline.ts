import { resolveCountry } from '../core/countries/resolve-country'
import { type DateBound, parseDateBound } from '../core/dates/parse-date-bound'
import { InvalidDateRangeError, InvalidOptionError } from '../core/errors'
import type { Engagement } from '../core/schema/engagement'
import { closestMatches } from '../core/text/closest-matches'
import {
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  type EngagementStatus,
  type EngagementType,
  PARTICIPANT_SIDES,
  type ParticipantSide,
  TOPICS,
  type Topic,
} from '../core/vocabulary/vocabulary'
import type { DatasetIndexes, DatasetRecords } from './build-indexes'
import { findOverlapping } from './find-overlapping'
import { resolveOrganization } from './resolve-organization'
import { systemKey } from './system-key'

/**
 * How `timeline` groups its results for display.
 *
 * @example
 * const groupBy: TimelineGrouping = 'month'
 * timeline({ from: '2021-02', to: '2021-02', groupBy })[0].key //=> '2021-02'
 */
export type TimelineGrouping = 'year' | 'month'

/**
 * Filters and presentation options of `timeline`; every filter is optional.
 *
 * @example
 * const options: TimelineOptions = { country: 'Iran', type: 'visit', order: 'desc' }
 * timeline(options).every((engagement) => engagement.countries.includes('IR')) //=> true
 */
export interface TimelineOptions {
  /** Earliest day: a `Date` (its UTC day), or `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a period starts on its first day). */
  readonly from?: DateBound
  /** Latest day, inclusive; a period ends on its last day (`'2020'` is 31 December 2020). */
  readonly to?: DateBound
  /** A country, as `byCountry` accepts it. */
  readonly country?: string
  /** An official's id or name, as `byOfficial` accepts it. */
  readonly official?: string
  /** One type or a list of types. */
  readonly type?: EngagementType | readonly EngagementType[]
  /** One status or a list of statuses. */
  readonly status?: EngagementStatus | readonly EngagementStatus[]
  /** An international organization that was a party, by code or name (`'NATO'`, `'the anti-ISIS coalition'`). */
  readonly organization?: string
  /** A weapons system named, in any spelling (`'F16'` finds `'F-16IQ'`). */
  readonly system?: string
  /** One topic or a list of topics (any of them). */
  readonly topic?: Topic | readonly Topic[]
  /** Only engagements with a named participant on this side, or one of these sides. */
  readonly participantSide?: ParticipantSide | readonly ParticipantSide[]
  /** `'asc'` (default) or `'desc'`. */
  readonly order?: 'asc' | 'desc'
  /** Group the results by year or month for display. */
  readonly groupBy?: TimelineGrouping
}

/**
 * One group of a grouped timeline: `key` is the `YYYY` or `YYYY-MM` of each engagement's
 * first possible day (of its last, when the start is unknown), or `unknown`.
 *
 * @example
 * const [first]: TimelineGroup[] = timeline({ from: '2004', to: '2004', groupBy: 'year' })
 * first.key //=> '2004'
 */
export interface TimelineGroup {
  readonly key: string
  readonly engagements: readonly Engagement[]
}

const OPTION_NAMES = [
  'from',
  'to',
  'country',
  'official',
  'organization',
  'system',
  'topic',
  'participantSide',
  'type',
  'status',
  'order',
  'groupBy',
]

function listOf<T extends string>(
  option: string,
  value: T | readonly T[] | undefined,
  allowed: readonly T[],
) {
  if (value === undefined) return undefined
  const values = typeof value === 'string' ? [value] : value
  if (!Array.isArray(values)) throw new InvalidOptionError(option, value, allowed)
  for (const item of values) {
    if (!allowed.includes(item)) {
      throw new InvalidOptionError(
        option,
        item,
        allowed,
        closestMatches(String(item), allowed, 1)[0],
      )
    }
  }
  return new Set<string>(values)
}

function groupKey(engagement: Engagement, grouping: TimelineGrouping): string {
  // Grouped where it is sorted: an unknown start falls back to the last possible day.
  const day = engagement.startDate ?? engagement.endDate
  if (day === null) return 'unknown'
  return grouping === 'year' || engagement.precision === 'year' ? day.slice(0, 4) : day.slice(0, 7)
}

/**
 * The engagements matching every given filter, in chronological order (or reversed),
 * optionally grouped by year or month. An engagement matches a date range when its
 * own range overlaps it. Results are frozen.
 *
 * @throws {InvalidDateError} for a bound that is not a valid `Date`, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @throws {InvalidDateRangeError} when `to` is before `from`
 * @throws {InvalidOptionError} for an unknown option, type, status, topic, side, order or grouping
 * @throws {UnknownOrganizationError} for an organization the dataset does not record
 *
 * @example
 * queryTimeline(records, () => buildIndexes(records), { country: 'KR', order: 'desc' })
 * //=> timeline({ country: 'KR', order: 'desc' })
 * queryTimeline(records, () => buildIndexes(records), { form: '2021' })
 * // throws InvalidOptionError: Invalid `option` "form": …; did you mean "from"?
 */
export function queryTimeline(
  records: DatasetRecords,
  indexes: () => DatasetIndexes,
  options: TimelineOptions = {},
): readonly Engagement[] | readonly TimelineGroup[] {
  // Only a plain options object is meaningful; anything else would silently mean "everything".
  if (
    typeof options !== 'object' ||
    options === null ||
    Array.isArray(options) ||
    options instanceof Date ||
    ![Object.prototype, null].includes(Object.getPrototypeOf(options))
  ) {
    throw new InvalidOptionError('options', options, [
      'an object such as { from: "2021", country: "IR" }',
    ])
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.includes(name)) {
      throw new InvalidOptionError(
        'option',
        name,
        OPTION_NAMES,
        closestMatches(name, OPTION_NAMES, 1)[0],
      )
    }
  }
  const from = options.from === undefined ? undefined : parseDateBound('from', options.from)
  const to = options.to === undefined ? undefined : parseDateBound('to', options.to)
  if (from !== undefined && to !== undefined && to < from)
    throw new InvalidDateRangeError(from, to, options)
  const types = listOf('type', options.type, ENGAGEMENT_TYPES)
  const statuses = listOf('status', options.status, ENGAGEMENT_STATUSES)
  if (options.order !== undefined && options.order !== 'asc' && options.order !== 'desc') {
    throw new InvalidOptionError('order', options.order, ['asc', 'desc'])
  }
  if (options.groupBy !== undefined && options.groupBy !== 'year' && options.groupBy !== 'month') {
    throw new InvalidOptionError('groupBy', options.groupBy, ['year', 'month'])
  }
  const topics = listOf('topic', options.topic, TOPICS)
  const sides = listOf('participantSide', options.participantSide, PARTICIPANT_SIDES)
  const organization =
    options.organization === undefined ? undefined : resolveOrganization(options.organization)
  if (
    options.system !== undefined &&
    (typeof options.system !== 'string' || options.system.length > 120)
  ) {
    throw new InvalidOptionError('system', options.system, [
      'the name of a weapons system, e.g. "F-16"',
    ])
  }
  const system = options.system === undefined ? undefined : systemKey(options.system)
  const country = options.country === undefined ? undefined : resolveCountry(options.country)
  const officialId =
    options.official === undefined ? undefined : indexes().officials.resolve(options.official).id

  let found: readonly Engagement[] =
    from !== undefined || to !== undefined
      ? findOverlapping(indexes(), from, to)
      : country !== undefined
        ? (indexes().engagementsByCountry.get(country) ?? [])
        : records.engagements
  found = found.filter(
    (engagement) =>
      (country === undefined || engagement.countries.includes(country)) &&
      (officialId === undefined ||
        engagement.participants.some((participant) => participant.officialId === officialId)) &&
      (types === undefined || types.has(engagement.type)) &&
      (statuses === undefined || statuses.has(engagement.status)) &&
      (organization === undefined || engagement.organizations.includes(organization)) &&
      (system === undefined ||
        engagement.systems.some((name) => systemKey(name).includes(system))) &&
      (topics === undefined || engagement.topics.some((topic) => topics.has(topic))) &&
      (sides === undefined ||
        engagement.participants.some((participant) => sides.has(participant.side))),
  )
  if (options.order === 'desc') found = [...found].reverse()
  if (options.groupBy === undefined) return Object.freeze(found)
  const groups = new Map<string, Engagement[]>()
  for (const engagement of found) {
    const key = groupKey(engagement, options.groupBy)
    const group = groups.get(key)
    if (group) group.push(engagement)
    else groups.set(key, [engagement])
  }
  return Object.freeze(
    [...groups].map(([key, engagements]) =>
      Object.freeze({ key, engagements: Object.freeze(engagements) }),
    ),
  )
}
