import type { LintIssue } from '../core/issue'
import type { RecordKind } from '../core/record-kinds'
import type { LintContext } from '../validate/context'
import { parseRecord } from '../validate/parse-record'
import { lintDataset } from '../validate/rules'
import { type CompletedRecords, completeRecords } from './complete-records'
import { freezeRecords } from './freeze-records'

/** What the record pipeline gives back: every issue, and the records when none is an error. */
export interface ProcessedRecords {
  /** Every problem found, errors and warnings, in rule order. */
  readonly issues: readonly LintIssue[]
  /** The validated, completed, sorted and deep-frozen records; absent when any issue is an error. */
  readonly records?: Readonly<CompletedRecords>
}

/** A record as its schema parsed it (parsed once, by the schema rule), without the editor hint. */
function parsedValues<T>(context: LintContext, kind: RecordKind): T[] {
  return context.files
    .filter((file) => file.kind === kind)
    .map((file) => {
      const result = parseRecord(kind, file.value, context.recordsFrom ?? 'files', context.parses)
      if (!result.success) throw new Error(`${file.file} did not validate`)
      const data = result.data as Record<string, unknown>
      if (!('$schema' in data)) return data as T
      const { $schema: _hint, ...record } = data
      return record as T
    })
}

/**
 * The one record pipeline, used by the build (records from `data/` files) and by
 * `createDataset` (records passed as values): runs the validator's rules (the schema
 * rule parses each record once), then completes the parsed records (defaults, derived
 * dates bounded by the parent visit), sorts them (engagements chronologically,
 * officials by name, sources by id) and freezes them all the way down
 * (`freezeRecords`). Nothing stops at the first problem; when any issue is an error, no
 * records are returned.
 *
 * @param given - the records and what the rules need (today's date, retired ids…)
 * @returns the issues, and the records when there is no error
 *
 * @example
 * processRecords({ files: [], today: '2026-11-30' })
 * //=> { issues: [], records: { engagements: [], officials: [], sources: [] } }
 */
export function processRecords(given: LintContext): ProcessedRecords {
  const context = { ...given, parses: given.parses ?? new Map(), ranges: given.ranges ?? new Map() }
  const issues = lintDataset(context)
  if (issues.some((issue) => issue.severity === 'error')) return { issues }
  const completed = completeRecords(
    {
      engagements: parsedValues(context, 'engagement'),
      officials: parsedValues(context, 'official'),
      sources: parsedValues(context, 'source'),
    },
    context.ranges,
  )
  return { issues, records: freezeRecords(completed) }
}
