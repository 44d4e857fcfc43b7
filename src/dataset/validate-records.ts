import { deepFreeze } from '../data/deep-freeze'
import { todayUtc } from '../dates/today-utc'
import { InvalidRecordsError } from '../errors'
import type { DatasetRecords } from '../indexes/build-indexes'
import type { RecordFile, RecordKind } from '../lint/context'
import type { LintIssue } from '../lint/issue'
import { lintDataset, RULES } from '../lint/rules'
import { schemaIssues } from '../lint/rules/schema'
import { DERIVED_DATE_FIELDS, EngagementInputSchema, EngagementSchema } from '../schema/engagement'
import { OfficialSchema } from '../schema/official'
import { SourceSchema } from '../schema/source'
import { completeRecords } from './complete-records'
import type { DatasetInput } from './create-dataset'
import { snapshotRecords } from './snapshot-records'

/** Cross-record rules; the file-layout rules (schema hint, file name) do not apply to values. */
const crossRecordRules = () =>
  RULES.filter((rule) => !['schema', 'schema-hint', 'id-matches-file'].includes(rule.name))

/** A label for a record in error messages: `engagements[3] (eng_abc123)`. */
function labelOf(kind: RecordKind, index: number, value: unknown): string {
  const id =
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
  return `${kind}s[${index}]${typeof id === 'string' ? ` (${id})` : ''}`
}

/**
 * Checks records with the package's schemas and cross-record rules (ids unique,
 * references resolve, children inside their visit…), derives the dates of
 * engagements that omit them, and returns frozen, sorted copies. Loaded on demand
 * by `createDataset`, so that importing the package does not load zod.
 *
 * @throws {InvalidRecordsError} listing every problem in every record
 */
export function validateRecords(input: DatasetInput): DatasetRecords {
  // One plain-data copy, taken before anything is checked: the caller's objects are not read again.
  const snapshot = snapshotRecords(input)
  const { engagements, officials, sources } = snapshot.records
  const files: RecordFile[] = [
    ...engagements.map((value, index) => ({
      file: labelOf('engagement', index, value),
      kind: 'engagement' as const,
      value,
    })),
    ...officials.map((value, index) => ({
      file: labelOf('official', index, value),
      kind: 'official' as const,
      value,
    })),
    ...sources.map((value, index) => ({
      file: labelOf('source', index, value),
      kind: 'source' as const,
      value,
    })),
  ]
  const issues: LintIssue[] = [...snapshot.issues]
  if (issues.length > 0) throw new InvalidRecordsError(issues)
  issues.push(
    ...files.flatMap(({ file, kind, value }) => {
      if (kind === 'official') return schemaIssues(file, value, OfficialSchema)
      if (kind === 'source') return schemaIssues(file, value, SourceSchema)
      const derived =
        typeof value === 'object' &&
        value !== null &&
        DERIVED_DATE_FIELDS.some((field) => field in value)
      return schemaIssues(file, value, derived ? EngagementSchema : EngagementInputSchema)
    }),
  )
  issues.push(...lintDataset({ files, today: todayUtc() }, crossRecordRules()))
  if (issues.some((issue) => issue.severity === 'error')) throw new InvalidRecordsError(issues)

  const completed = completeRecords({ engagements, officials, sources })
  return {
    engagements: deepFreeze(completed.engagements),
    officials: deepFreeze(completed.officials),
    sources: deepFreeze(completed.sources),
  }
}
