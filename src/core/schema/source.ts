import * as z from 'zod'
import { SOURCE_KINDS } from '../vocabulary/vocabulary'
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
    publisher: TextSchema.meta({ description: 'Who published it, e.g. "Mehr News Agency".' }),
    title: TextSchema.meta({
      description: 'Headline in the original language; say in notes when it was reconstructed.',
    }),
    url: HttpUrlSchema,
    published: EdtfSchema.nullable().meta({
      description: 'Publication date as EDTF, as precise as known; null when not established.',
    }),
    language: LanguageTagSchema.meta({ description: 'Language of the text, e.g. "en", "ar".' }),
    kind: z.enum(SOURCE_KINDS).meta({ description: 'What kind of publication it is.' }),
    notes: TextSchema.optional().meta({
      description: 'Provenance remarks: republication, reconstructed headline, weak source.',
    }),
  })
  .meta({
    title: 'Source',
    description: 'A publication that engagement and official records cite.',
  })

/** A source record. */
export type Source = z.output<typeof SourceSchema>

/** What a file in `data/sources/` holds: a source plus the editor schema hint. */
export const SourceFileSchema = /* @__PURE__ */ SourceSchema.extend({
  $schema: z.string().optional(),
})
