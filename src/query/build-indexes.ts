import type { Engagement } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'
import type { Source } from '../core/schema/source'
import { boundedPositionsOf, type DateWindow, prepareDateWindow } from './date-window'
import {
  GROUP_KEYS,
  type GroupLookup,
  groupLookup,
  groupPositions,
  type PreparedGroups,
} from './engagement-groups'
import { createOfficialMatcher, type OfficialMatcher } from './names/official-matcher'
import type { PreparedNameIndex } from './names/prepare-name-index'
import { type SearchDocument, searchDocuments } from './search-engagements'

/** The records of a dataset, engagements already in chronological order. */
export interface DatasetRecords {
  readonly engagements: readonly Engagement[]
  readonly officials: readonly Official[]
  readonly sources: readonly Source[]
}

/** What the build prepares for the shipped dataset, so that a first query computes less. */
export interface PreparedIndexes {
  /** The name index of `officials` (see prepareNameIndex), read on the first name query. */
  readonly nameIndex?: PreparedNameIndex
  /** The engagements by country, official and organization (see prepareGroups). */
  readonly groups?: PreparedGroups
  /** The start days and open-ended positions the date-window search reads (see prepareDateWindow). */
  readonly dateWindow?: DateWindow
}

/** Lookup structures over a dataset's records, built once on first query. */
export interface DatasetIndexes {
  /** The engagements, in chronological order. */
  readonly engagements: readonly Engagement[]
  readonly engagementById: ReadonlyMap<string, Engagement>
  readonly sourceById: ReadonlyMap<string, Source>
  readonly engagementsByCountry: GroupLookup
  readonly engagementsByOfficial: GroupLookup
  /** What the date-window search reads: packed start days, open-ended positions, longest span. */
  readonly dateWindow: DateWindow
  /** Positions of the engagements with both ends known, in order, one per packed start day. */
  readonly boundedPositions: readonly number[]
  /** Name matching, built on the first name query (a country query does not need it). */
  readonly officials: OfficialMatcher
  readonly engagementsByOrganization: GroupLookup
  /** Words of every engagement, built on the first `search`. */
  readonly searchDocuments: readonly SearchDocument[]
}

/** A value computed on its first use, then remembered. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => {
    made ??= { value: make() }
    return made.value
  }
}

/**
 * The indexes over a dataset: id maps, engagements per country, official and
 * organization (frozen, chronological), the structures the date-window search uses,
 * name matching and search documents. Each is built on its first use, so importing
 * the package costs nothing and a first `byCountry` builds only what it reads.
 *
 * @example
 * const indexes = buildIndexes(records)
 * indexes.engagementById.get(engagements[0].id) === engagements[0] //=> true
 * indexes.engagementsByCountry.get('KR') //=> byCountry('KR')
 */
export function buildIndexes(
  records: DatasetRecords,
  prepared: PreparedIndexes = {},
): DatasetIndexes {
  const { engagements, officials, sources } = records
  // Prepared by the build for the shipped records, or computed here for records it did not see.
  const dateWindow = once(() => prepared.dateWindow ?? prepareDateWindow(engagements))
  const boundedPositions = once(() => boundedPositionsOf(dateWindow(), engagements.length))
  const engagementById = once(
    () => new Map(engagements.map((engagement) => [engagement.id, engagement])),
  )
  const sourceById = once(() => new Map(sources.map((source) => [source.id, source])))
  // Positions the build prepared, or computed here for records it did not see.
  const grouping = (name: keyof PreparedGroups) =>
    once(() =>
      groupLookup(
        prepared.groups?.[name] ?? groupPositions(engagements, GROUP_KEYS[name]),
        engagements,
      ),
    )
  const byCountry = grouping('byCountry')
  const byOfficial = grouping('byOfficial')
  const byOrganization = grouping('byOrganization')
  const matcher = once(() => createOfficialMatcher(officials, prepared.nameIndex))
  const documents = once(() => searchDocuments(engagements, officials))
  return {
    engagements,
    get engagementById() {
      return engagementById()
    },
    get sourceById() {
      return sourceById()
    },
    get engagementsByCountry() {
      return byCountry()
    },
    get engagementsByOfficial() {
      return byOfficial()
    },
    get dateWindow() {
      return dateWindow()
    },
    get boundedPositions() {
      return boundedPositions()
    },
    get officials() {
      return matcher()
    },
    get engagementsByOrganization() {
      return byOrganization()
    },
    get searchDocuments() {
      return documents()
    },
  }
}
