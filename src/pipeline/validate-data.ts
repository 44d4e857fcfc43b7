import { todayUtc } from '../core/dates/today-utc'
import type { LintIssue } from '../core/issue'
import type { RecordFile } from '../core/record-kinds'
import { type ProcessedRecords, processRecords } from '../records/process-records'
import { type LoadedFile, loadDataDirectory } from './load-data'
import { locateJsonPath, type Position } from './locate'

/** The outcome of validating a data folder. */
export interface ValidationResult {
  readonly files: readonly LoadedFile[]
  /** The parsed `retired.json`, when the folder has one. */
  readonly retired?: { readonly file: string; readonly value: unknown }
  readonly issues: readonly LintIssue[]
  /** The shipped records (validated, completed, sorted, frozen); absent when `ok` is false. */
  readonly records?: ProcessedRecords['records']
  /** Where each issue sits in its file. */
  readonly locate: (issue: LintIssue) => Position
  readonly ok: boolean
}

/**
 * Loads a data folder and runs it through the record pipeline (`processRecords`),
 * collecting every problem before returning.
 * Issues are sorted by file and position so a report reads top to bottom.
 *
 * @example
 * validateDataDirectory('data').ok //=> true
 * const missing = validateDataDirectory('no-such-folder')
 * missing.ok //=> false
 * missing.records //=> undefined
 */
export function validateDataDirectory(
  dataDir: string,
  options: { displayRoot?: string; today?: string } = {},
): ValidationResult {
  const loaded = loadDataDirectory(dataDir, options.displayRoot ?? dataDir)
  const records: RecordFile[] = loaded.files
  const processed = processRecords({
    files: records,
    today: options.today ?? todayUtc(),
    unreadableIds: loaded.unreadableIds,
    retired: loaded.retired,
  })
  const issues = [...loaded.issues, ...processed.issues]
  const ok = !issues.some((issue) => issue.severity === 'error')
  const textByFile = new Map(loaded.files.map((file) => [file.file, file.text]))
  const locate = (issue: LintIssue): Position =>
    issue.line !== undefined
      ? { line: issue.line, column: issue.column ?? 1 }
      : locateJsonPath(textByFile.get(issue.file) ?? '', issue.path)
  const positioned = issues
    .map((issue) => ({ issue, position: locate(issue) }))
    .sort(
      (a, b) =>
        a.issue.file.localeCompare(b.issue.file) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column,
    )
  return {
    retired: loaded.retired,
    files: loaded.files,
    issues: positioned.map(({ issue }) => issue),
    records: ok ? processed.records : undefined,
    locate,
    ok,
  }
}
