import type { LintIssue } from '../../core/issue'
import { type LintRule, stringAt } from '../context'

/**
 * No two records share an id, across all kinds.
 *
 * @example
 * const files = [
 *   { file: 'data/sources/src_aaaaaa.json', kind: 'source', value: { id: 'src_aaaaaa' } },
 *   { file: 'data/sources/src_bbbbbb.json', kind: 'source', value: { id: 'src_aaaaaa' } },
 * ]
 * uniqueIdsRule.check({ files, today: '2026-11-30' }).map((issue) => issue.actual)
 * //=> ['"src_aaaaaa", already used by data/sources/src_aaaaaa.json']
 */
export const uniqueIdsRule: LintRule = {
  name: 'unique-ids',
  description: 'Ids are unique across the dataset.',
  scope: 'dataset',
  check({ files }) {
    const firstFileById = new Map<string, string>()
    const issues: LintIssue[] = []
    for (const { file, value } of files) {
      const id = stringAt(value, 'id')
      if (id === undefined) continue
      const first = firstFileById.get(id)
      if (first === undefined) {
        firstFileById.set(id, file)
        continue
      }
      issues.push({
        rule: 'unique-ids',
        severity: 'error',
        file,
        path: ['id'],
        message: 'duplicate id',
        expected: 'an id no other record uses',
        actual: `"${id}", already used by ${first}`,
        tip: 'start new records with "npm run new", which gives a fresh id; ids are never reused',
      })
    }
    return issues
  },
}
