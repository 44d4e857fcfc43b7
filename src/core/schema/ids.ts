import * as z from 'zod'
import { ID_PREFIXES } from '../record-kinds'
import { FIELD_DESCRIPTIONS } from './field-descriptions'

type IdKind = keyof typeof ID_PREFIXES

/** "an engagement", "an official", "a source". */
const withArticle = (kind: IdKind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`

const idSchema = (kind: IdKind) => {
  const prefix = ID_PREFIXES[kind]
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{6}$`), {
      error: `expected ${withArticle(kind)} id: "${prefix}_" and six characters 0-9 or a-z`,
    })
    .meta({ description: FIELD_DESCRIPTIONS[kind].id, examples: [`${prefix}_4k2m9q`] })
}

/**
 * An engagement id such as `eng_4k2m9q`. Ids are opaque, stable and never reused.
 *
 * @example
 * EngagementIdSchema.safeParse('eng_4k2m9q').success //=> true
 */
export const EngagementIdSchema = /* @__PURE__ */ idSchema('engagement')
/**
 * An official id such as `off_7hx2pd`.
 *
 * @example
 * OfficialIdSchema.safeParse('eng_4k2m9q').success //=> false
 */
export const OfficialIdSchema = /* @__PURE__ */ idSchema('official')
/**
 * A source id such as `src_q81zzk`.
 *
 * @example
 * SourceIdSchema.safeParse('src_q81zzk').success //=> true
 */
export const SourceIdSchema = /* @__PURE__ */ idSchema('source')
