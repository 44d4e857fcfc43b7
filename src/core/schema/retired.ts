import * as z from 'zod'
import { TextSchema } from './primitives'

const ANY_RECORD_ID = /^(eng|off|src)_[0-9a-z]{6}$/

/**
 * An id that left the dataset: merged into another record, or withdrawn.
 *
 * @example
 * const withdrawn = { id: 'eng_aaaaaa', replacedBy: null, reason: 'Its only page is gone.' }
 * RetiredIdSchema.safeParse(withdrawn).success //=> true
 * RetiredIdSchema.safeParse({ ...withdrawn, id: 'eng_1' }).error.issues[0].message
 * //=> 'expected a record id such as "eng_4k2m9q"'
 */
export const RetiredIdSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().regex(ANY_RECORD_ID, { error: 'expected a record id such as "eng_4k2m9q"' }),
  replacedBy: z
    .string()
    .regex(ANY_RECORD_ID, { error: 'expected a record id such as "eng_4k2m9q"' })
    .nullable()
    .meta({ description: 'The record it was merged into; null when it was withdrawn.' }),
  reason: TextSchema.meta({ description: 'Why, e.g. "the same meeting as eng_…, from a relay".' }),
})

/**
 * What `data/retired.json` holds: every id that left the dataset, so that ids are
 * never reused and a lookup of an old id still finds its replacement.
 *
 * @example
 * RetiredIdsFileSchema.parse({ retired: [] }).retired.length //=> 0
 */
export const RetiredIdsFileSchema = /* @__PURE__ */ z.strictObject({
  $comment: z.string().optional(),
  retired: z.array(RetiredIdSchema),
})

/** One retired id. */
export type RetiredId = z.output<typeof RetiredIdSchema>
