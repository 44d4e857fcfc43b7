import * as z from 'zod'
import { ALIAS_KINDS } from '../vocabulary/vocabulary'
import { FIELD_DESCRIPTIONS as D } from './field-descriptions'
import { OfficialIdSchema, SourceIdSchema } from './ids'
import {
  CountryCodeSchema,
  EdtfSchema,
  LanguageTagSchema,
  OrganizationCodeSchema,
  TextSchema,
} from './primitives'

/**
 * A spelling of an official's name seen in a source.
 *
 * @example
 * AliasSchema.safeParse({ name: 'Khatami', kind: 'misspelling' }).success //=> true
 */
export const AliasSchema = /* @__PURE__ */ z.strictObject({
  name: TextSchema.meta({ description: D.alias.name }),
  kind: z.enum(ALIAS_KINDS).meta({ description: D.alias.kind }),
  lang: LanguageTagSchema.optional().meta({ description: D.alias.lang }),
  sources: z.array(SourceIdSchema).optional().meta({ description: D.alias.sources }),
  note: TextSchema.optional().meta({ description: D.alias.note }),
})

/**
 * An office held by an official, with EDTF bounds where known.
 *
 * @example
 * PositionSchema.safeParse({ title: 'Minister of Defence', from: '2017-08', to: '2021-08' }).success //=> true
 */
export const PositionSchema = /* @__PURE__ */ z.strictObject({
  title: TextSchema.meta({ description: D.position.title }),
  organization: TextSchema.optional().meta({ description: D.position.organization }),
  from: EdtfSchema.optional().meta({ description: D.position.from }),
  to: EdtfSchema.optional().meta({ description: D.position.to }),
  note: TextSchema.optional().meta({ description: D.position.note }),
})

/**
 * A person who is known not to be this official despite a similar name.
 *
 * @example
 * DistinctPersonSchema.safeParse({ name: 'Mohammad Khatami', note: 'a former president, not a defence official' }).success //=> true
 */
export const DistinctPersonSchema = /* @__PURE__ */ z.strictObject({
  name: TextSchema.meta({ description: D.distinctPerson.name }),
  nativeName: TextSchema.optional().meta({ description: D.distinctPerson.nativeName }),
  note: TextSchema.meta({ description: D.distinctPerson.note }),
})

// Built in a pure function so bundlers can drop every schema when none is used.
const officialFields = /* @__PURE__ */ (() => ({
  id: OfficialIdSchema,
  name: TextSchema.meta({ description: D.official.name }),
  nativeName: z
    .strictObject({
      name: TextSchema.meta({ description: D.nativeName.name }),
      lang: LanguageTagSchema.meta({ description: D.nativeName.lang }),
    })
    .optional()
    .meta({ description: D.official.nativeName }),
  aliases: z.array(AliasSchema).meta({ description: D.official.aliases }),
  country: CountryCodeSchema.optional().meta({ description: D.official.country }),
  organization: OrganizationCodeSchema.optional().meta({ description: D.official.organization }),
  positions: z
    .array(PositionSchema)
    .min(1, { error: 'expected at least one position' })
    .meta({ description: D.official.positions }),
  distinctFrom: z
    .array(DistinctPersonSchema)
    .optional()
    .meta({ description: D.official.distinctFrom }),
  sources: z
    .array(SourceIdSchema)
    .min(1, { error: 'expected at least one source id' })
    .meta({ description: D.official.sources }),
  notes: TextSchema.optional().meta({ description: D.official.notes }),
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

// The record type, as an interface whose fields carry their meaning (a test holds it
// equal to z.output of OfficialSchema).
export type { Official } from './record-types'

/**
 * What a file in `data/officials/` holds: an official plus the editor schema hint.
 *
 * @example
 * OfficialFileSchema.safeParse({ $schema: '../../schema/official.schema.json', ...officials[0] }).success //=> true
 */
export const OfficialFileSchema = /* @__PURE__ */ z
  .strictObject({ $schema: z.string().optional(), ...officialFields })
  .superRefine(requireAffiliation)
