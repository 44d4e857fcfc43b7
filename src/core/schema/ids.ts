import * as z from 'zod'

/** "an engagement", "an official", "a source". */
const withArticle = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`

const idSchema = (prefix: string, kind: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{6}$`), {
      error: `expected ${withArticle(kind)} id: "${prefix}_" and six characters 0-9 or a-z`,
    })
    .meta({
      description: `Stable, opaque id of ${withArticle(kind)}; never reused.`,
      examples: [`${prefix}_4k2m9q`],
    })

/** An engagement id such as `eng_4k2m9q`. Ids are opaque, stable and never reused. */
export const EngagementIdSchema = /* @__PURE__ */ idSchema('eng', 'engagement')
/** An official id such as `off_7hx2pd`. */
export const OfficialIdSchema = /* @__PURE__ */ idSchema('off', 'official')
/** A source id such as `src_q81zzk`. */
export const SourceIdSchema = /* @__PURE__ */ idSchema('src', 'source')

/** The id prefix of each record kind. */
export const ID_PREFIXES = { engagement: 'eng', official: 'off', source: 'src' } as const
