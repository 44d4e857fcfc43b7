/**
 * The `iraq-defense-engagements/schema` entry: the zod schemas, vocabularies and
 * inferred types, without the dataset. Use it to validate your own records or to
 * build forms and editors on the same contract.
 *
 * @packageDocumentation
 */
export type { CountryCode } from './core/countries/alpha2-codes.generated'
export { ALPHA2_CODES } from './core/countries/alpha2-codes.generated'
export type { DateRange } from './core/dates/derive-date-range'
export { deriveDateRange } from './core/dates/derive-date-range'
export type {
  DatePrecision,
  Edtf,
  EdtfBound,
  EdtfDate,
  EdtfParseResult,
  EdtfQualifier,
} from './core/dates/parse-edtf'
export { parseEdtf } from './core/dates/parse-edtf'
export { DATE_PRECISIONS } from './core/dates/precision'
export type {
  Citation,
  Engagement,
  EngagementInput,
  Participant,
} from './core/schema/engagement'
export {
  CitationSchema,
  EngagementFileSchema,
  EngagementInputSchema,
  EngagementSchema,
  LocationSchema,
  ParticipantSchema,
} from './core/schema/engagement'
export { EngagementIdSchema, OfficialIdSchema, SourceIdSchema } from './core/schema/ids'
export type { Official } from './core/schema/official'
export {
  AliasSchema,
  DistinctPersonSchema,
  OfficialFileSchema,
  OfficialSchema,
  PositionSchema,
} from './core/schema/official'
export {
  CountryCodeSchema,
  EdtfSchema,
  HttpUrlSchema,
  LanguageTagSchema,
  withDerivedDates,
} from './core/schema/primitives'
export type {
  Alias,
  DistinctEngagement,
  DistinctPerson,
  EngagementLocation,
  NativeName,
  OrganizationCode,
  Position,
} from './core/schema/record-types'
export type { Source } from './core/schema/source'
export { SourceFileSchema, SourceSchema } from './core/schema/source'
export type {
  AliasKind,
  EngagementStatus,
  EngagementType,
  ParticipantRole,
  ParticipantSide,
  SourceKind,
  SourceSupport,
  Topic,
} from './core/vocabulary/vocabulary'
export {
  ALIAS_KINDS,
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  ORGANIZATIONS,
  PARTICIPANT_ROLES,
  PARTICIPANT_SIDES,
  SOURCE_KINDS,
  SOURCE_SUPPORTS,
  TOPICS,
} from './core/vocabulary/vocabulary'
