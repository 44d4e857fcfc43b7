import { todayUtc } from '../core/dates/today-utc'
import { InvalidRecordsError } from '../core/errors'
import type { RecordFile, RecordKind } from '../core/record-kinds'
import type { RecordParses } from '../validate/parse-record'
import type { CompletedRecords } from './complete-records'
import { processRecords } from './process-records'
import { type DatasetInput, snapshotRecords } from './snapshot-records'

/** A label for a record in error messages: `engagements[3] (eng_abc123)`. */
function labelOf(kind: RecordKind, index: number, value: unknown): string {
  const id =
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
  return `${kind}s[${index}]${typeof id === 'string' ? ` (${id})` : ''}`
}

const filesOf = (kind: RecordKind, values: readonly unknown[]): RecordFile[] =>
  values.map((value, index) => ({ file: labelOf(kind, index, value), kind, value }))

/**
 * Checks records passed as values through the one record pipeline (`processRecords`,
 * as the build does) and returns them validated, completed, sorted and frozen. Loaded
 * on demand by `createDataset`, so that importing the package does not load zod.
 *
 * @throws {InvalidArgumentError} when the input is not plain data
 * @throws {InvalidRecordsError} listing every problem in every record
 *
 * @example
 * validateRecords({ engagements: [], officials: [], sources: [] })
 * //=> { engagements: [], officials: [], sources: [] }
 */
export function validateRecords(input: DatasetInput): Readonly<CompletedRecords> {
  // One plain-data copy of each record (of a valid one, its schema parse): the caller's
  // objects are not read again.
  const parses: RecordParses = new Map()
  const snapshot = snapshotRecords(input, parses)
  if (snapshot.issues.length > 0) throw new InvalidRecordsError(snapshot.issues)
  const { engagements, officials, sources } = snapshot.records
  const { issues, records } = processRecords({
    files: [
      ...filesOf('engagement', engagements),
      ...filesOf('official', officials),
      ...filesOf('source', sources),
    ],
    today: todayUtc(),
    recordsFrom: 'values',
    parses,
  })
  if (records === undefined) throw new InvalidRecordsError(issues)
  return records
}
