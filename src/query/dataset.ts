import { resolveCountry } from '../core/countries/resolve-country'
import { AmbiguousOfficialError, InvalidOptionError, UnknownOfficialError } from '../core/errors'
import type { Engagement } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'
import type { Source } from '../core/schema/source'
import {
  buildIndexes,
  type DatasetIndexes,
  type DatasetRecords,
  type PreparedIndexes,
} from './build-indexes'
import { resolveOrganization } from './resolve-organization'
import { rankSearch } from './search-engagements'
import {
  queryTimeline,
  type TimelineGroup,
  type TimelineGrouping,
  type TimelineOptions,
} from './timeline'

const NONE: readonly Engagement[] = Object.freeze([])
/** Longer search texts are refused: no question about this dataset needs more. */
const MAX_SEARCH_LENGTH = 500

/**
 * The records of a dataset and the query helpers over them.
 *
 * @example
 * const mine: Dataset = await createDataset({ engagements, officials, sources })
 * mine.byCountry('KR') === byCountry('KR') //=> false
 * mine.byCountry('KR').length === byCountry('KR').length //=> true
 */
export interface Dataset {
  /** Every engagement, in chronological order. */
  readonly engagements: readonly Engagement[]
  /** Every official. */
  readonly officials: readonly Official[]
  /** Every source. */
  readonly sources: readonly Source[]
  /** Engagements in which a state is a party; see the package's `byCountry`. */
  byCountry(country: string): readonly Engagement[]
  /** Engagements in which a person took part; see the package's `byOfficial`. */
  byOfficial(nameOrId: string): readonly Engagement[]
  /** Engagements in which an international organization was a party; see `byOrganization`. */
  byOrganization(codeOrName: string): readonly Engagement[]
  /** Engagements whose words contain every word of a text, best first; see `search`. */
  search(text: string): readonly Engagement[]
  /** Engagements grouped by year or month; see the package's `timeline`. */
  timeline(
    options: TimelineOptions & { readonly groupBy: TimelineGrouping },
  ): readonly TimelineGroup[]
  /** Filtered engagements in chronological (or reverse) order; see the package's `timeline`. */
  timeline(options?: TimelineOptions & { readonly groupBy?: undefined }): readonly Engagement[]
  /** One engagement by id, or `undefined`. */
  getEngagement(id: string): Engagement | undefined
  /** One official by id or name, or `undefined` when no single official matches. */
  getOfficial(idOrName: string): Official | undefined
  /** One source by id, or `undefined`. */
  getSource(id: string): Source | undefined
}

/**
 * Wraps records that are already valid, sorted and frozen in the query helpers.
 * The indexes are built on the first query, not here. `retired` maps ids merged
 * into other records to their replacements, which the `get…` helpers follow;
 * `prepared` is what the build computed for the shipped records.
 *
 * @example
 * // eng_old001 was merged into the first engagement:
 * const dataset = datasetOf(records, { eng_old001: engagements[0].id })
 * dataset.getEngagement('eng_old001') === engagements[0] //=> true
 * dataset.byCountry('KR') //=> byCountry('KR')
 */
export function datasetOf(
  records: DatasetRecords,
  retired: Readonly<Record<string, string>> = {},
  prepared: PreparedIndexes = {},
): Dataset {
  const current = (id: string) =>
    typeof id === 'string' && Object.hasOwn(retired, id) ? (retired[id] as string) : id
  let built: DatasetIndexes | undefined
  const indexes = () => {
    built ??= buildIndexes(records, prepared)
    return built
  }
  const timeline = (options?: TimelineOptions) => queryTimeline(records, indexes, options)
  const dataset: Dataset = {
    engagements: records.engagements,
    officials: records.officials,
    sources: records.sources,
    byCountry: (country) => indexes().engagementsByCountry.get(resolveCountry(country)) ?? NONE,
    byOfficial: (nameOrId) =>
      indexes().engagementsByOfficial.get(indexes().officials.resolve(nameOrId).id) ?? NONE,
    byOrganization: (codeOrName) =>
      indexes().engagementsByOrganization.get(resolveOrganization(codeOrName)) ?? NONE,
    search: (text) => {
      if (typeof text !== 'string' || text.length > MAX_SEARCH_LENGTH) {
        throw new InvalidOptionError('search', text, [
          `a text of at most ${MAX_SEARCH_LENGTH} characters`,
        ])
      }
      return Object.freeze(rankSearch(indexes().searchDocuments, text))
    },
    timeline: timeline as Dataset['timeline'],
    getEngagement: (id) => indexes().engagementById.get(current(id)),
    getOfficial: (idOrName) => {
      try {
        return indexes().officials.resolve(current(idOrName))
      } catch (error) {
        if (error instanceof UnknownOfficialError || error instanceof AmbiguousOfficialError)
          return undefined
        throw error
      }
    },
    getSource: (id) => indexes().sourceById.get(current(id)),
  }
  return Object.freeze(dataset)
}
