import { compareEngagements } from '../data/compare-engagements'
import type { RecordFile } from '../lint/context'
import { type Engagement, EngagementInputSchema, EngagementSchema } from '../schema/engagement'
import { type Official, OfficialSchema } from '../schema/official'
import { withDerivedDates } from '../schema/primitives'
import { type Source, SourceSchema } from '../schema/source'

/** The validated records, in the order the package ships them. */
export interface BuiltRecords {
  readonly engagements: Engagement[]
  readonly officials: Official[]
  readonly sources: Source[]
}

const withoutSchemaHint = (value: unknown): unknown => {
  const { $schema: _hint, ...record } = value as Record<string, unknown>
  return record
}

/**
 * Turns validated record files into the shipped records: strips the editor hint,
 * applies defaults, derives `startDate`/`endDate`/`precision`, checks the result
 * against the record schemas, and sorts (engagements chronologically, officials by
 * name, sources by id). Call only on files that passed validation.
 */
export function buildRecords(files: readonly RecordFile[]): BuiltRecords {
  const ofKind = (kind: RecordFile['kind']) =>
    files.filter((file) => file.kind === kind).map((file) => withoutSchemaHint(file.value))
  const engagements = ofKind('engagement')
    .map((value) => EngagementSchema.parse(withDerivedDates(EngagementInputSchema.parse(value))))
    .sort(compareEngagements)
  const officials = ofKind('official')
    .map((value) => OfficialSchema.parse(value))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
  const sources = ofKind('source')
    .map((value) => SourceSchema.parse(value))
    .sort((a, b) => a.id.localeCompare(b.id))
  return { engagements, officials, sources }
}
