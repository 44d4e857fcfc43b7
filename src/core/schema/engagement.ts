import * as z from 'zod'
import {
  DERIVED_DATE_FIELDS,
  type DerivedDateField,
  deriveDateRange,
} from '../dates/derive-date-range'
import { parseEdtf } from '../dates/parse-edtf'
import {
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  PARTICIPANT_ROLES,
  PARTICIPANT_SIDES,
  SOURCE_SUPPORTS,
  TOPICS,
} from '../vocabulary/vocabulary'
import { FIELD_DESCRIPTIONS as D } from './field-descriptions'
import { EngagementIdSchema, OfficialIdSchema, SourceIdSchema } from './ids'
import {
  CountryCodeSchema,
  EdtfSchema,
  IsoDaySchema,
  OrganizationCodeSchema,
  PrecisionSchema,
  TextSchema,
} from './primitives'

/**
 * A person taking part in an engagement, with name and title as the source reports them.
 *
 * @example
 * ParticipantSchema.safeParse({ officialId: 'off_6biaw6', name: 'Thabet al-Abbasi', role: 'host', side: 'iraq' }).success //=> true
 */
export const ParticipantSchema = /* @__PURE__ */ z.strictObject({
  officialId: OfficialIdSchema.meta({ description: D.participant.officialId }),
  name: TextSchema.meta({ description: D.participant.name }),
  title: TextSchema.optional().meta({ description: D.participant.title }),
  role: z.enum(PARTICIPANT_ROLES).meta({ description: D.participant.role }),
  side: z.enum(PARTICIPANT_SIDES).meta({ description: D.participant.side }),
})

/**
 * A citation: which source backs the record, and for what.
 *
 * @example
 * CitationSchema.safeParse({ sourceId: 'src_q81zzk', supports: [] }).success //=> false
 */
export const CitationSchema = /* @__PURE__ */ z.strictObject({
  sourceId: SourceIdSchema.meta({ description: D.citation.sourceId }),
  supports: z
    .array(z.enum(SOURCE_SUPPORTS))
    .min(1, { error: `expected at least one of: ${SOURCE_SUPPORTS.join(', ')}` })
    .meta({ description: D.citation.supports }),
  note: TextSchema.optional().meta({ description: D.citation.note }),
})

/**
 * Where the engagement took place.
 *
 * @example
 * LocationSchema.parse({ place: 'Tehran', country: 'IR' }) //=> { place: 'Tehran', country: 'IR' }
 */
export const LocationSchema = /* @__PURE__ */ z.strictObject({
  place: TextSchema.optional().meta({ description: D.location.place }),
  country: CountryCodeSchema.meta({ description: D.location.country }),
})

const uniqueItems = <T>(items: readonly T[]) => new Set(items).size === items.length

/** True when a narrowed bound still lies inside the range the date itself allows. */
function withinRange(
  value: string | null,
  derived: { startDate: string | null; endDate: string | null },
): boolean {
  if (value === null) return false
  const { startDate, endDate } = derived
  return (startDate === null || value >= startDate) && (endDate === null || value <= endDate)
}

/** The fields a contributor writes; the build derives the rest. */
// Built in a pure function so bundlers can drop every schema when none is used.
const engagementFields = /* @__PURE__ */ (() => ({
  id: EngagementIdSchema,
  title: TextSchema.meta({ description: D.engagement.title }),
  summary: TextSchema.meta({ description: D.engagement.summary }),
  type: z.enum(ENGAGEMENT_TYPES).meta({ description: D.engagement.type }),
  status: z.enum(ENGAGEMENT_STATUSES).meta({ description: D.engagement.status }),
  date: EdtfSchema.meta({ description: D.engagement.date }),
  countries: z
    .array(CountryCodeSchema)
    .min(1)
    .refine((codes) => codes.includes('IQ'), { error: 'expected the list to include "IQ"' })
    .refine(uniqueItems, { error: 'expected each country once' })
    .meta({ description: D.engagement.countries }),
  organizations: z
    .array(OrganizationCodeSchema)
    .refine(uniqueItems, { error: 'expected each organization once' })
    .default([])
    .meta({ description: D.engagement.organizations }),
  location: LocationSchema.optional().meta({ description: D.engagement.location }),
  participants: z
    .array(ParticipantSchema)
    .default([])
    .meta({ description: D.engagement.participants }),
  topics: z
    .array(z.enum(TOPICS))
    .refine(uniqueItems, { error: 'expected each topic once' })
    .default([])
    .meta({ description: D.engagement.topics }),
  systems: z.array(TextSchema).default([]).meta({ description: D.engagement.systems }),
  sources: z
    .array(CitationSchema)
    .min(1, { error: 'expected at least one source' })
    .meta({ description: D.engagement.sources }),
  parentId: EngagementIdSchema.optional().meta({ description: D.engagement.parentId }),
  distinctFrom: z
    .array(
      z.strictObject({
        id: EngagementIdSchema.meta({ description: D.distinctEngagement.id }),
        note: TextSchema.meta({ description: D.distinctEngagement.note }),
      }),
    )
    .optional()
    .meta({ description: D.engagement.distinctFrom }),
  notes: TextSchema.optional().meta({ description: D.engagement.notes }),
}))()

/** The derived fields' schemas, one per {@link DERIVED_DATE_FIELDS} entry (the type checker holds them equal). */
const derivedDateFields = /* @__PURE__ */ (() =>
  ({
    startDate: IsoDaySchema.nullable().meta({ description: D.engagement.startDate }),
    endDate: IsoDaySchema.nullable().meta({ description: D.engagement.endDate }),
    precision: PrecisionSchema.meta({ description: D.engagement.precision }),
  }) satisfies Record<DerivedDateField, z.ZodType>)()

/**
 * An engagement as written in `data/engagements/`, before the build derives its dates.
 *
 * @example
 * EngagementInputSchema.safeParse({ ...myEngagement, date: '2023-02-30' }).success //=> false
 */
export const EngagementInputSchema = /* @__PURE__ */ z.strictObject(engagementFields)

/**
 * What a file in `data/engagements/` holds: an engagement plus the editor schema hint.
 *
 * @example
 * EngagementFileSchema.safeParse({ $schema: '../../schema/engagement.schema.json', ...myEngagement }).success //=> true
 */
export const EngagementFileSchema = /* @__PURE__ */ z.strictObject({
  $schema: z.string().optional(),
  ...engagementFields,
})

/**
 * A complete engagement record: the contributor's fields plus `startDate`, `endDate`
 * and `precision` derived from `date`, which must agree with it.
 *
 * @example
 * EngagementSchema.parse(engagements[0]).startDate === engagements[0].startDate
 * //=> true
 */
export const EngagementSchema = /* @__PURE__ */ z
  .strictObject({ ...engagementFields, ...derivedDateFields })
  .superRefine((record, context) => {
    const parsed = parseEdtf(record.date)
    if (!parsed.ok) return
    const derived = deriveDateRange(parsed.value)
    for (const field of DERIVED_DATE_FIELDS) {
      if (derived[field] === record[field]) continue
      // Inside a visit the build narrows the range to the visit's days (see boundByParentVisit).
      if (
        record.parentId !== undefined &&
        field !== 'precision' &&
        withinRange(record[field], derived)
      ) {
        continue
      }
      context.addIssue({
        code: 'custom',
        path: [field],
        input: record[field],
        message: `expected ${JSON.stringify(derived[field])} as derived from date "${record.date}"${
          record.parentId !== undefined && field !== 'precision' ? ' or a day within it' : ''
        }`,
      })
    }
  })
  .meta({ title: 'Engagement', description: 'One defense engagement of Iraq with another party.' })

/**
 * An engagement as written by a contributor.
 *
 * @example
 * const input: EngagementInput = { ...myEngagement, organizations: undefined }
 * EngagementInputSchema.parse(input).organizations //=> []
 */
export type EngagementInput = z.input<typeof EngagementInputSchema>
// The record types, as interfaces whose fields carry their meaning (a test holds them
// equal to z.output of these schemas).
export type { Citation, Engagement, Participant } from './record-types'
