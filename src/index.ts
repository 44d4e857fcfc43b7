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
export { countryName, resolveCountry } from './countries/resolve-country'
export { createDataset, type DatasetInput } from './dataset/create-dataset'
export type { Dataset } from './dataset/dataset'
export type { DateBound } from './dates/parse-date-bound'
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
} from './errors'
export { engagements } from './generated/engagements'
export type { KnownEngagementId, KnownOfficialId, KnownSourceId } from './generated/ids'
export { officials } from './generated/officials'
export { sources } from './generated/sources'
export type { LintIssue, PathSegment, Severity } from './lint/issue'
export type {
  EngagementStatus,
  EngagementType,
  ParticipantSide,
  TimelineGroup,
  TimelineGrouping,
  TimelineOptions,
  Topic,
} from './query/timeline'
export type { CountryCode, Engagement, Official, Source } from './schema'
