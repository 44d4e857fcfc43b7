import { describeIssue, formatPath, type LintIssue } from '../core/issue'
import type { Position } from './locate'

/**
 * One issue as `file:line:column path: message: expected …, found …`, then a hint line.
 *
 * @example
 * formatIssue({ rule: 'references-resolve', severity: 'error', file: 'data/engagements/eng_abc123.json',
 *   path: ['parentId'], message: 'unknown engagement id', expected: 'the id of a record in data/engagements/',
 *   actual: '"eng_zzzzzz"', tip: 'add the record, or fix the id' }, { line: 9, column: 3 })
 * //=> 'data/engagements/eng_abc123.json:9:3 parentId: unknown engagement id: expected the id of a record in data/engagements/, found "eng_zzzzzz" [references-resolve]\n  hint: add the record, or fix the id'
 */
export function formatIssue(issue: LintIssue, position: Position): string {
  const where = `${issue.file}:${position.line}:${position.column}`
  const field = formatPath(issue.path) || '(record)'
  const detail = describeIssue(issue)
  const warning = issue.severity === 'warning' ? 'warning: ' : ''
  const hint = issue.tip ? `\n  hint: ${issue.tip}` : ''
  return `${where} ${field}: ${warning}${detail} [${issue.rule}]${hint}`
}

/**
 * The whole report: every issue, then a one-line summary with counts.
 *
 * @param issues - what the rules found
 * @param locate - where each issue sits in its file
 * @param recordCount - how many records were checked, for the summary
 *
 * @example
 * const atTop = () => ({ line: 1, column: 1 })
 * formatReport([], atTop, 3) //=> '✔ 3 records checked: no problems'
 * const issue = { rule: 'layout', severity: 'warning', file: 'x.json', path: [], message: 'odd' }
 * formatReport([issue], atTop, 3).split('\n').at(-1)
 * //=> '✖ 1 problem (0 errors, 1 warning) in 1 file; 3 records checked'
 */
export function formatReport(
  issues: readonly LintIssue[],
  locate: (issue: LintIssue) => Position,
  recordCount: number,
): string {
  if (issues.length === 0) return `✔ ${recordCount} records checked: no problems`
  const errors = issues.filter((issue) => issue.severity === 'error').length
  const files = new Set(issues.map((issue) => issue.file)).size
  const lines = issues.map((issue) => formatIssue(issue, locate(issue)))
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  lines.push(
    `\n✖ ${plural(issues.length, 'problem')} (${plural(errors, 'error')}, ${plural(issues.length - errors, 'warning')}) in ${plural(files, 'file')}; ${recordCount} records checked`,
  )
  return lines.join('\n')
}
