import * as z from 'zod'
import { ALIAS_KINDS } from '../vocabulary/vocabulary'
import { OfficialIdSchema, SourceIdSchema } from './ids'
import {
  CountryCodeSchema,
  EdtfSchema,
  LanguageTagSchema,
  OrganizationCodeSchema,
  TextSchema,
} from './primitives'

/** A spelling of an official's name seen in a source. */
export const AliasSchema = /* @__PURE__ */ z.strictObject({
  name: TextSchema,
  kind: z.enum(ALIAS_KINDS).meta({
    description:
      'variant: an accepted spelling; misspelling: an error seen in a source, kept so its text can be found; other_script: the name in a script other than nativeName.',
  }),
  lang: LanguageTagSchema.optional(),
  sources: z
    .array(SourceIdSchema)
    .optional()
    .meta({ description: 'Sources that use this spelling.' }),
  note: TextSchema.optional(),
})

/** An office held by an official, with EDTF bounds where known. */
export const PositionSchema = /* @__PURE__ */ z.strictObject({
  title: TextSchema.meta({ description: 'e.g. "Minister of Defence".' }),
  organization: TextSchema.optional(),
  from: EdtfSchema.optional(),
  to: EdtfSchema.optional(),
  note: TextSchema.optional(),
})

/** A person who is known not to be this official despite a similar name. */
export const DistinctPersonSchema = /* @__PURE__ */ z.strictObject({
  name: TextSchema,
  nativeName: TextSchema.optional(),
  note: TextSchema,
})

// Built in a pure function so bundlers can drop every schema when none is used.
const officialFields = /* @__PURE__ */ (() => ({
  id: OfficialIdSchema,
  name: TextSchema.meta({ description: 'Canonical English name.' }),
  nativeName: z
    .strictObject({ name: TextSchema, lang: LanguageTagSchema })
    .optional()
    .meta({ description: 'The name in the person’s own script, where known.' }),
  aliases: z.array(AliasSchema).meta({ description: 'Every other spelling seen.' }),
  country: CountryCodeSchema.optional().meta({ description: 'The state the person served.' }),
  organization: OrganizationCodeSchema.optional().meta({
    description:
      'The international organization the person served, for officials of one (e.g. NATO).',
  }),
  positions: z.array(PositionSchema).min(1, { error: 'expected at least one position' }),
  distinctFrom: z.array(DistinctPersonSchema).optional().meta({
    description: 'People with similar romanized names who are NOT this person.',
  }),
  sources: z.array(SourceIdSchema).min(1, { error: 'expected at least one source id' }),
  notes: TextSchema.optional(),
}))()

/** An official serves a state or an international organization; say which. */
function requireAffiliation(
  official: { country?: string | undefined; organization?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (official.country === undefined && official.organization === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['country'],
      message:
        'expected a country (or, for an official of an international organization, an organization)',
    })
  }
}

/**
 * One person, whatever the spelling: canonical English name, native-script name,
 * every variant seen as an alias, and dated positions.
 *
 * @example
 * OfficialSchema.parse({
 *   id: 'off_hat4m1', name: 'Amir Hatami', country: 'IR',
 *   nativeName: { name: 'امیر حاتمی', lang: 'fa' },
 *   aliases: [{ name: 'Khatami', kind: 'misspelling' }],
 *   positions: [{ title: 'Minister of Defence', from: '2017-08', to: '2021-08' }],
 *   sources: ['src_m3hr01'],
 * })
 */
export const OfficialSchema = /* @__PURE__ */ z
  .strictObject(officialFields)
  .superRefine(requireAffiliation)
  .meta({ title: 'Official', description: 'A person who took part in engagements.' })

/** An official record. */
export type Official = z.output<typeof OfficialSchema>

/** What a file in `data/officials/` holds: an official plus the editor schema hint. */
export const OfficialFileSchema = /* @__PURE__ */ z
  .strictObject({ $schema: z.string().optional(), ...officialFields })
  .superRefine(requireAffiliation)
