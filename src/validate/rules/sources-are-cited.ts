import type { LintIssue } from '../../core/issue'
import {
  arrayAt,
  fieldAt,
  filesOfKind,
  type LintContext,
  type LintRule,
  stringAt,
} from '../context'

/** The source ids that engagements, officials and their aliases cite. */
function citedSourceIds(context: LintContext): Set<string> {
  const cited = new Set<string>()
  const add = (id: unknown) => {
    if (typeof id === 'string') cited.add(id)
  }
  for (const { value } of filesOfKind(context, 'engagement')) {
    for (const citation of arrayAt(fieldAt(value, 'sources'))) add(fieldAt(citation, 'sourceId'))
  }
  for (const { value } of filesOfKind(context, 'official')) {
    for (const id of arrayAt(fieldAt(value, 'sources'))) add(id)
    for (const alias of arrayAt(fieldAt(value, 'aliases'))) {
      for (const id of arrayAt(fieldAt(alias, 'sources'))) add(id)
    }
  }
  return cited
}

/**
 * Every source is cited by an engagement, an official or an alias. A source nothing cites
 * supports no fact any more (its record was corrected or merged): it should be retired, not
 * shipped as if it backed something.
 *
 * @example
 * const source = (id: string) => ({ file: `${id}.json`, kind: 'source', value: { id } })
 * const meeting = { sources: [{ sourceId: 'src_cited1' }] }
 * const files = [
 *   source('src_cited1'),
 *   source('src_alone1'),
 *   { file: 'eng_meet01.json', kind: 'engagement', value: meeting },
 * ]
 * sourcesAreCitedRule.check({ files, today: '2026-11-30' }).map((issue) => issue.file)
 * //=> ['src_alone1.json']
 */
export const sourcesAreCitedRule: LintRule = {
  name: 'sources-are-cited',
  description: 'Every source is cited by an engagement, an official or an alias.',
  // About curating data/ (the fix is to retire the id there): a dataset passed to
  // createDataset may hold sources its caller has not cited yet.
  scope: 'file',
  check(context) {
    const cited = citedSourceIds(context)
    return filesOfKind(context, 'source').flatMap(({ file, value }): LintIssue[] => {
      const id = stringAt(value, 'id')
      if (id === undefined || cited.has(id)) return []
      return [
        {
          rule: 'sources-are-cited',
          severity: 'warning',
          file,
          path: ['id'],
          message: `no engagement, official or alias cites ${id}`,
          expected: 'a source cited by at least one record',
          actual: 'cited by none',
          tip: 'cite it where it supports a fact, or delete the file and retire its id in data/retired.json',
        },
      ]
    })
  },
}
