import * as z from 'zod'
import { deriveDateRange } from '../dates/derive-date-range'
import { parseEdtf } from '../dates/parse-edtf'
import {
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  PARTICIPANT_ROLES,
  PARTICIPANT_SIDES,
  SOURCE_SUPPORTS,
  TOPICS,
} from '../vocabulary/vocabulary'
import { EngagementIdSchema, OfficialIdSchema, SourceIdSchema } from './ids'
import {
  CountryCodeSchema,
  EdtfSchema,
  IsoDaySchema,
  OrganizationCodeSchema,
  PrecisionSchema,
  TextSchema,
} from './primitives'

/** A person taking part in an engagement, with name and title as the source reports them. */
export const ParticipantSchema = /* @__PURE__ */ z.strictObject({
  officialId: OfficialIdSchema,
  name: TextSchema.meta({ description: 'The name as the main source spells it.' }),
  title: TextSchema.optional().meta({ description: 'The title as the main source gives it.' }),
  role: z.enum(PARTICIPANT_ROLES),
  side: z.enum(PARTICIPANT_SIDES),
})

/** A citation: which source backs the record, and for what. */
export const CitationSchema = /* @__PURE__ */ z.strictObject({
  sourceId: SourceIdSchema,
  supports: z
    .array(z.enum(SOURCE_SUPPORTS))
    .min(1, { error: `expected at least one of: ${SOURCE_SUPPORTS.join(', ')}` }),
  note: TextSchema.optional(),
})

/** Where the engagement took place. */
export const LocationSchema = /* @__PURE__ */ z.strictObject({
  place: TextSchema.optional().meta({ description: 'City, base or facility, e.g. "Tehran".' }),
  country: CountryCodeSchema,
})

const uniqueItems = <T>(items: readonly T[]) => new Set(items).size === items.length

/** The fields the build derives from `date`; contributors do not write them. */
export const DERIVED_DATE_FIELDS = ['startDate', 'endDate', 'precision'] as const

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
  title: TextSchema.meta({ description: 'Short neutral headline in your own words.' }),
  summary: TextSchema.meta({
    description: 'One to three neutral sentences in your own words; attribute one-sided claims.',
  }),
  type: z.enum(ENGAGEMENT_TYPES),
  status: z.enum(ENGAGEMENT_STATUSES),
  date: EdtfSchema,
  countries: z
    .array(CountryCodeSchema)
    .min(1)
    .refine((codes) => codes.includes('IQ'), { error: 'expected the list to include "IQ"' })
    .refine(uniqueItems, { error: 'expected each country once' })
    .meta({ description: 'ISO 3166-1 alpha-2 codes of the state parties, always including IQ.' }),
  organizations: z
    .array(OrganizationCodeSchema)
    .refine(uniqueItems, { error: 'expected each organization once' })
    .default([])
    .meta({ description: 'International organizations that were a party, e.g. NATO.' }),
  location: LocationSchema.optional(),
  participants: z.array(ParticipantSchema).default([]).meta({
    description:
      'Named people who took part; empty when the sources name nobody (e.g. a joint statement).',
  }),
  topics: z
    .array(z.enum(TOPICS))
    .refine(uniqueItems, { error: 'expected each topic once' })
    .default([]),
  systems: z
    .array(TextSchema)
    .default([])
    .meta({ description: 'Weapons systems named, e.g. "T-50IQ".' }),
  sources: z.array(CitationSchema).min(1, { error: 'expected at least one source' }),
  parentId: EngagementIdSchema.optional().meta({
    description: 'The visit this engagement took place during.',
  }),
  distinctFrom: z
    .array(z.strictObject({ id: EngagementIdSchema, note: TextSchema }))
    .optional()
    .meta({
      description:
        'Engagements a reviewer checked and found to be different events, although they share a counterpart, dates and a participant.',
    }),
  notes: TextSchema.optional().meta({
    description: 'Uncertainty, conflicting reports and how they were handled.',
  }),
}))()

/** An engagement as written in `data/engagements/`, before the build derives its dates. */
export const EngagementInputSchema = /* @__PURE__ */ z.strictObject(engagementFields)

/** What a file in `data/engagements/` holds: an engagement plus the editor schema hint. */
export const EngagementFileSchema = /* @__PURE__ */ z.strictObject({
  $schema: z.string().optional(),
  ...engagementFields,
})

/**
 * A complete engagement record: the contributor's fields plus `startDate`, `endDate`
 * and `precision` derived from `date`, which must agree with it.
 *
 * @example
 * EngagementSchema.parse(engagements[0]).precision
 * //=> 'day'
 */
export const EngagementSchema = /* @__PURE__ */ z
  .strictObject({
    ...engagementFields,
    startDate: IsoDaySchema.nullable().meta({
      description: 'First possible day; null if unknown.',
    }),
    endDate: IsoDaySchema.nullable().meta({ description: 'Last possible day; null if unknown.' }),
    precision: PrecisionSchema,
  })
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

/** An engagement as written by a contributor. */
export type EngagementInput = z.input<typeof EngagementInputSchema>
/** A complete engagement record, with derived dates. */
export type Engagement = z.output<typeof EngagementSchema>
/** A participant in an engagement. */
export type Participant = z.output<typeof ParticipantSchema>
/** A citation of a source by an engagement. */
export type Citation = z.output<typeof CitationSchema>
