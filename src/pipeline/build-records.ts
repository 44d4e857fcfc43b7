import { type CompletedRecords, completeRecords } from '../dataset/complete-records'
import type { RecordFile } from '../lint/context'

/** The validated records, in the order the package ships them. */
export type BuiltRecords = CompletedRecords

const withoutSchemaHint = (value: unknown): unknown => {
  const { $schema: _hint, ...record } = value as Record<string, unknown>
  return record
}

/**
 * Turns validated record files into the shipped records: strips the editor hint and
 * hands the rest to `completeRecords`, the pipeline `createDataset` uses too. Call
 * only on files that passed validation.
 */
export function buildRecords(files: readonly RecordFile[]): BuiltRecords {
  const ofKind = (kind: RecordFile['kind']) =>
    files.filter((file) => file.kind === kind).map((file) => withoutSchemaHint(file.value))
  return completeRecords({
    engagements: ofKind('engagement'),
    officials: ofKind('official'),
    sources: ofKind('source'),
  })
}
