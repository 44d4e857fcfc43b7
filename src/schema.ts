/**
 * The `iraq-defense-engagements/schema` entry: the zod schemas, vocabularies and
 * inferred types, without the dataset. Use it to validate your own records or to
 * build forms and editors on the same contract.
 *
 * @packageDocumentation
 */
export type { CountryCode } from './countries/alpha2-codes.generated'
export { ALPHA2_CODES } from './countries/alpha2-codes.generated'
export type { DateRange } from './dates/derive-date-range'
export { deriveDateRange } from './dates/derive-date-range'
export type {
  DatePrecision,
  Edtf,
  EdtfBound,
  EdtfDate,
  EdtfParseResult,
  EdtfQualifier,
} from './dates/parse-edtf'
export { parseEdtf } from './dates/parse-edtf'
export type {
  Citation,
  Engagement,
  EngagementInput,
  Participant,
} from './schema/engagement'
export {
  CitationSchema,
  EngagementFileSchema,
  EngagementInputSchema,
  EngagementSchema,
  LocationSchema,
  ParticipantSchema,
} from './schema/engagement'
export { EngagementIdSchema, OfficialIdSchema, SourceIdSchema } from './schema/ids'
export type { Official } from './schema/official'
export {
  AliasSchema,
  DistinctPersonSchema,
  OfficialFileSchema,
  OfficialSchema,
  PositionSchema,
} from './schema/official'
export {
  CountryCodeSchema,
  EdtfSchema,
  HttpUrlSchema,
  LanguageTagSchema,
  withDerivedDates,
} from './schema/primitives'
export type { Source } from './schema/source'
export { SourceFileSchema, SourceSchema } from './schema/source'
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
} from './schema/vocabulary'
