import type { LintIssue } from '../../core/issue'
import { RetiredIdsFileSchema } from '../../core/schema/retired'
import type { LintRule } from '../context'
import { schemaIssues } from './schema'

/**
 * Where retired ids are listed, relative to the data folder.
 *
 * @example
 * RETIRED_FILE //=> 'retired.json'
 */
export const RETIRED_FILE = 'retired.json'

/**
 * `data/retired.json` is well formed, no live record reuses a retired id, and each
 * replacement is a live record of the same kind.
 *
 * @example
 * const files = [{ file: 'eng_visit1.json', kind: 'engagement', value: { id: 'eng_visit1' } }]
 * const value = { retired: [{ id: 'eng_visit1', replacedBy: null, reason: 'withdrawn' }] }
 * const context = { files, today: '2026-11-30', retired: { file: `data/${RETIRED_FILE}`, value } }
 * retiredIdsRule.check(context).map((issue) => issue.message)
 * //=> ['retired id eng_visit1 is used by a record again']
 */
export const retiredIdsRule: LintRule = {
  name: 'retired-ids',
  description: 'Retired ids are never reused and point to live records of their kind.',
  scope: 'dataset',
  check({ files, retired }) {
    if (retired === undefined) return []
    const file = retired.file
    const shapeIssues = schemaIssues(file, retired.value, RetiredIdsFileSchema)
    if (shapeIssues.length > 0) return shapeIssues
    const live = new Set(
      files.flatMap(({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { id?: unknown }).id === 'string'
          ? [(value as { id: string }).id]
          : [],
      ),
    )
    const issues: LintIssue[] = []
    RetiredIdsFileSchema.parse(retired.value).retired.forEach(({ id, replacedBy }, index) => {
      const base = { rule: 'retired-ids', severity: 'error' as const, file }
      if (live.has(id)) {
        issues.push({
          ...base,
          path: ['retired', index, 'id'],
          message: `retired id ${id} is used by a record again`,
          expected: 'a retired id never to be reused',
          actual: `a record with id "${id}"`,
          tip: 'give the record a fresh id with "npm run new"',
        })
      }
      if (
        replacedBy !== null &&
        (!live.has(replacedBy) || replacedBy.slice(0, 3) !== id.slice(0, 3))
      ) {
        issues.push({
          ...base,
          path: ['retired', index, 'replacedBy'],
          message: 'replacement is not a record of the same kind',
          expected: `the id of a live ${id.slice(0, 3)}_ record`,
          actual: `"${replacedBy}"`,
          tip: 'point replacedBy at the record this one was merged into, or use null',
        })
      }
    })
    return issues
  },
}
