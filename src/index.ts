/**
 * The main entry: the dataset as typed, frozen records, and the query helpers
 * `byCountry`, `byOfficial` and `timeline`. Schemas without the data are in
 * `iraq-defense-engagements/schema`.
 *
 * @packageDocumentation
 */
export { byCountry } from './api/by-country'
export { byOfficial } from './api/by-official'
export { byOrganization } from './api/by-organization'
export { getEngagement } from './api/get-engagement'
export { getOfficial } from './api/get-official'
export { getSource } from './api/get-source'
export { search } from './api/search'
export { timeline } from './api/timeline'
export { countryName, resolveCountry } from './core/countries/resolve-country'
export type { DateBound } from './core/dates/parse-date-bound'
export {
  AmbiguousOfficialError,
  DatasetQueryError,
  InvalidArgumentError,
  InvalidDateError,
  InvalidDateRangeError,
  InvalidOptionError,
  InvalidRecordsError,
  type OfficialSuggestion,
  UnknownCountryError,
  UnknownOfficialError,
  UnknownOrganizationError,
} from './core/errors'
export type { LintIssue, PathSegment, Severity } from './core/issue'
export type {
  EngagementStatus,
  EngagementType,
  ParticipantSide,
  Topic,
} from './core/vocabulary/vocabulary'
export { engagements } from './generated/engagements'
export type { KnownEngagementId, KnownOfficialId, KnownSourceId } from './generated/ids'
export { officials } from './generated/officials'
export { sources } from './generated/sources'
export { createDataset, type DatasetInput } from './query/create-dataset'
export type { Dataset } from './query/dataset'
export type { TimelineGroup, TimelineGrouping, TimelineOptions } from './query/timeline'
export type { CountryCode, Engagement, Official, Source } from './schema'
