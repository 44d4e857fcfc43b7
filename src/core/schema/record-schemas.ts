import type * as z from 'zod'
import type { RecordKind } from '../record-kinds'
import { EngagementFileSchema, EngagementSchema } from './engagement'
import { OfficialFileSchema, OfficialSchema } from './official'
import { SourceFileSchema, SourceSchema } from './source'

/**
 * What a file of each kind in `data/` may hold: the record as a contributor writes it,
 * plus the editor's `$schema` hint. The validator checks files with these, and the
 * JSON Schemas in `schema/` are rendered from them.
 *
 * @example
 * FILE_SCHEMAS.source.safeParse({ id: 'x' }).success //=> false
 */
export const FILE_SCHEMAS: Readonly<Record<RecordKind, z.ZodType>> = /* @__PURE__ */ (() => ({
  engagement: EngagementFileSchema,
  official: OfficialFileSchema,
  source: SourceFileSchema,
}))()

/**
 * A complete record of each kind, as the package ships it (engagements with their
 * derived dates).
 *
 * @example
 * RECORD_SCHEMAS.official === OfficialSchema //=> true
 */
export const RECORD_SCHEMAS: Readonly<Record<RecordKind, z.ZodType>> = /* @__PURE__ */ (() => ({
  engagement: EngagementSchema,
  official: OfficialSchema,
  source: SourceSchema,
}))()
