import * as z from 'zod'
import { SOURCE_KINDS } from '../vocabulary/vocabulary'
import { FIELD_DESCRIPTIONS as D } from './field-descriptions'
import { SourceIdSchema } from './ids'
import { EdtfSchema, HttpUrlSchema, LanguageTagSchema, TextSchema } from './primitives'

/**
 * A published article, statement or page that records cite.
 *
 * @example
 * SourceSchema.parse({
 *   id: 'src_m3hr01', publisher: 'Mehr News Agency', kind: 'news', language: 'en',
 *   title: 'Iranian, Iraqi military officials hold meeting in Tehran',
 *   url: 'https://en.mehrnews.com/news/165888/…', published: '2020-11-15',
 * })
 */
export const SourceSchema = /* @__PURE__ */ z
  .strictObject({
    id: SourceIdSchema,
    publisher: TextSchema.meta({ description: D.source.publisher }),
    title: TextSchema.meta({ description: D.source.title }),
    url: HttpUrlSchema.meta({ description: D.source.url }),
    published: EdtfSchema.nullable().meta({ description: D.source.published }),
    language: LanguageTagSchema.meta({ description: D.source.language }),
    kind: z.enum(SOURCE_KINDS).meta({ description: D.source.kind }),
    notes: TextSchema.optional().meta({ description: D.source.notes }),
  })
  .meta({
    title: 'Source',
    description: 'A publication that engagement and official records cite.',
  })

// The record type, as an interface whose fields carry their meaning (a test holds it
// equal to z.output of SourceSchema).
export type { Source } from './record-types'

/**
 * What a file in `data/sources/` holds: a source plus the editor schema hint.
 *
 * @example
 * SourceFileSchema.safeParse({ $schema: '../../schema/source.schema.json', ...sources[0] }).success //=> true
 */
export const SourceFileSchema = /* @__PURE__ */ SourceSchema.extend({
  $schema: z.string().optional(),
})
