/**
 * How serious a lint issue is: errors fail validation, warnings are reported.
 *
 * @example
 * const severity: Severity = 'warning'
 * severity === 'error' //=> false
 */
export type Severity = 'error' | 'warning'

/**
 * A step in a JSON path: an object key or an array index.
 *
 * @example
 * const path: PathSegment[] = ['participants', 0, 'officialId']
 * formatPath(path) //=> 'participants[0].officialId'
 */
export type PathSegment = string | number

/**
 * One problem found in the data, as plain data (no colours, no positions): the
 * reporter turns it into `file:line:column path: message` with a tip.
 *
 * @example
 * try { await createDataset({ engagements: [{ id: 'eng_bad' }] }) } catch (error) { error.issues[0].rule }
 * //=> 'schema'
 */
export interface LintIssue {
  /** Name of the rule that found it, e.g. `references-resolve`. */
  readonly rule: string
  readonly severity: Severity
  /** Path of the record file, relative to the project root. */
  readonly file: string
  /** Where in the file, as a JSON path; `[]` for the whole record. */
  readonly path: readonly PathSegment[]
  /** What is wrong, in a few words. */
  readonly message: string
  /** What the rule expected, if it can say. */
  readonly expected?: string
  /** What it found instead. */
  readonly actual?: string
  /** How to fix it. */
  readonly tip?: string
  /** 1-based line, when the rule knows it better than the path does (syntax errors). */
  readonly line?: number
  /** 1-based column, with `line`. */
  readonly column?: number
}

/**
 * Formats a JSON path the way people write it: `participants[0].officialId`.
 *
 * @example
 * formatPath(['participants', 0, 'officialId'])
 * //=> 'participants[0].officialId'
 */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    '',
  )
}

/**
 * Describes a found value briefly for an issue's `actual` field.
 *
 * @example
 * describeValue(undefined) //=> 'nothing'
 * describeValue('eng_x') //=> '"eng_x"'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/**
 * The sentence an issue prints: its message, then what was expected and found.
 *
 * @example
 * describeIssue({ message: 'unknown source id', expected: 'the id of a record in data/sources/', actual: '"src_x"' })
 * //=> 'unknown source id: expected the id of a record in data/sources/, found "src_x"'
 */
export function describeIssue(issue: Pick<LintIssue, 'message' | 'expected' | 'actual'>): string {
  if (issue.expected !== undefined) {
    return `${issue.message}: expected ${issue.expected}, found ${issue.actual ?? 'nothing'}`
  }
  return issue.actual !== undefined ? `${issue.message} (found ${issue.actual})` : issue.message
}
