import type { LintIssue, PathSegment } from '../../core/issue'
import type { LintRule } from '../context'
import { walkValues } from '../walk-values'

/**
 * How `npm run new` marks a value still to fill in.
 *
 * @example
 * PLACEHOLDER_PREFIX //=> 'TODO'
 * isPlaceholder(`${PLACEHOLDER_PREFIX}: one of visit, meeting, call`) //=> true
 */
export const PLACEHOLDER_PREFIX = 'TODO'

/**
 * True for a value `npm run new` wrote for the contributor to replace.
 *
 * @example
 * isPlaceholder('TODO: one of visit, meeting, call') //=> true
 */
export const isPlaceholder = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX)

/**
 * True when a placeholder is anywhere inside the value. Reads strings only, with no
 * path and no callback: nearly every record has none, and only one that has is walked
 * again for the paths.
 */
function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return isPlaceholder(value)
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (holdsPlaceholder(value[index])) return true
    }
    return false
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && holdsPlaceholder((value as Record<string, unknown>)[key])) {
      return true
    }
  }
  return false
}

/** Every placeholder inside a record, with its path. */
function placeholdersIn(value: unknown): [PathSegment[], string][] {
  const found: [PathSegment[], string][] = []
  walkValues(value, (item, path) => {
    if (isPlaceholder(item)) found.push([[...path], item])
  })
  return found
}

/**
 * No value still holds a placeholder written by `npm run new`: each one says what
 * belongs there, and the report repeats it so the contributor knows what to write.
 *
 * @example
 * const files = [
 *   { file: 'off_aaaaaa.json', kind: 'official', value: { name: 'TODO: canonical English name' } },
 * ]
 * noPlaceholdersRule.check({ files, today: '2026-11-30' })
 *   .map((issue) => [issue.path, issue.expected]) //=> [[['name'], 'canonical English name']]
 */
export const noPlaceholdersRule: LintRule = {
  name: 'no-placeholders',
  description: 'No "TODO" placeholder from npm run new is left in a record.',
  scope: 'dataset',
  check({ files }) {
    const issues: LintIssue[] = []
    for (const { file, value } of files) {
      if (!holdsPlaceholder(value)) continue
      for (const [path, text] of placeholdersIn(value)) {
        issues.push({
          rule: 'no-placeholders',
          severity: 'error',
          file,
          path,
          message: 'placeholder left by npm run new',
          expected: text.replace(/^TODO:?\s*/, ''),
          actual: JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text),
          tip: 'replace it with what the sources say, or remove the field if it is optional and does not apply',
        })
      }
    }
    return issues
  },
}
