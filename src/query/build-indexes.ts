import { daysBetween } from '../core/dates/day-ranges'
import type { Engagement } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'
import type { Source } from '../core/schema/source'
import type { NameForms } from './names/name-index'
import { createOfficialMatcher, type OfficialMatcher } from './names/official-matcher'
import { type SearchDocument, searchDocuments } from './search-engagements'

/** The records of a dataset, engagements already in chronological order. */
export interface DatasetRecords {
  readonly engagements: readonly Engagement[]
  readonly officials: readonly Official[]
  readonly sources: readonly Source[]
}

/** What the build prepares for the shipped dataset, so that a first query computes less. */
export interface PreparedIndexes {
  /** The name forms of each official, in the order of `officials`, read on the first name query. */
  readonly nameForms?: () => readonly (readonly NameForms[])[]
}

/** Lookup structures over a dataset's records, built once on first query. */
export interface DatasetIndexes {
  readonly engagementById: ReadonlyMap<string, Engagement>
  readonly sourceById: ReadonlyMap<string, Source>
  readonly engagementsByCountry: ReadonlyMap<string, readonly Engagement[]>
  readonly engagementsByOfficial: ReadonlyMap<string, readonly Engagement[]>
  /** Position of each engagement in chronological order. */
  readonly positionOf: ReadonlyMap<Engagement, number>
  /** Engagements with both ends known, in order, and their start days for binary search. */
  readonly bounded: readonly Engagement[]
  readonly boundedStarts: readonly string[]
  /** The longest bounded engagement, in days: how far back a window search must look. */
  readonly longestSpanDays: number
  /** Engagements with an unknown or open end, in order, checked one by one (there are few). */
  readonly unbounded: readonly Engagement[]
  /** Name matching, built on the first name query (a country query does not need it). */
  readonly officials: OfficialMatcher
  readonly engagementsByOrganization: ReadonlyMap<string, readonly Engagement[]>
  /** Words of every engagement, built on the first `search`. */
  readonly searchDocuments: readonly SearchDocument[]
}

function groupBy(
  engagements: readonly Engagement[],
  keysOf: (engagement: Engagement) => Iterable<string>,
) {
  const groups = new Map<string, Engagement[]>()
  for (const engagement of engagements) {
    for (const key of new Set(keysOf(engagement))) {
      const group = groups.get(key)
      if (group) group.push(engagement)
      else groups.set(key, [engagement])
    }
  }
  return new Map([...groups].map(([key, group]) => [key, Object.freeze(group)] as const))
}

/**
 * Builds every index over a dataset in one pass per index: id maps, engagements
 * per country and per official (frozen, chronological), and the structures the
 * date-window search uses. Called lazily, so importing the package costs nothing.
 */
export function buildIndexes(
  records: DatasetRecords,
  prepared: PreparedIndexes = {},
): DatasetIndexes {
  const { engagements, officials, sources } = records
  let matcher: OfficialMatcher | undefined
  let documents: SearchDocument[] | undefined
  const isBounded = (engagement: Engagement) =>
    engagement.startDate !== null && engagement.endDate !== null
  const bounded = engagements.filter(isBounded)
  const longestSpanDays = bounded.reduce(
    (longest, { startDate, endDate }) =>
      Math.max(longest, daysBetween(startDate as string, endDate as string)),
    0,
  )
  return {
    engagementById: new Map(engagements.map((engagement) => [engagement.id, engagement])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    engagementsByCountry: groupBy(engagements, (engagement) => engagement.countries),
    engagementsByOfficial: groupBy(engagements, (engagement) =>
      engagement.participants.map((participant) => participant.officialId),
    ),
    positionOf: new Map(engagements.map((engagement, position) => [engagement, position])),
    bounded,
    boundedStarts: bounded.map((engagement) => engagement.startDate as string),
    longestSpanDays,
    unbounded: engagements.filter((engagement) => !isBounded(engagement)),
    get officials() {
      matcher ??= createOfficialMatcher(officials, prepared.nameForms?.())
      return matcher
    },
    engagementsByOrganization: groupBy(engagements, (engagement) => engagement.organizations),
    get searchDocuments() {
      documents ??= searchDocuments(engagements, officials)
      return documents
    },
  }
}
