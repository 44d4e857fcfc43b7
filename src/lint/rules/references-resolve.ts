import { closestMatches } from '../../_lib/closest-matches'
import {
  arrayAt,
  fieldAt,
  filesOfKind,
  type LintContext,
  type LintRule,
  type RecordKind,
  stringAt,
} from '../context'
import type { LintIssue, PathSegment } from '../issue'

const idsOf = (context: LintContext, kind: RecordKind): Set<string> =>
  new Set(filesOfKind(context, kind).flatMap(({ value }) => stringAt(value, 'id') ?? []))

/** Every officialId, sourceId and parentId points at a record that exists. */
export const referencesResolveRule: LintRule = {
  name: 'references-resolve',
  description: 'Every officialId, source id and parentId names an existing record.',
  check(context) {
    const known: Record<RecordKind, Set<string>> = {
      engagement: idsOf(context, 'engagement'),
      official: idsOf(context, 'official'),
      source: idsOf(context, 'source'),
    }
    const issues: LintIssue[] = []
    const expect = (file: string, path: PathSegment[], id: unknown, kind: RecordKind) => {
      if (typeof id !== 'string' || known[kind].has(id)) return
      const suggestion = closestMatches(id, [...known[kind]], 1)[0]
      issues.push({
        rule: 'references-resolve',
        severity: 'error',
        file,
        path,
        message: `unknown ${kind} id`,
        expected: `the id of a record in data/${kind}s/`,
        actual: `"${id}"`,
        tip: suggestion
          ? `did you mean "${suggestion}"?`
          : `add data/${kind}s/${id}.json, or fix the id`,
      })
    }
    for (const { file, kind, value } of context.files) {
      if (kind === 'engagement') {
        arrayAt(fieldAt(value, 'participants')).forEach((participant, index) => {
          expect(
            file,
            ['participants', index, 'officialId'],
            stringAt(participant, 'officialId'),
            'official',
          )
        })
        arrayAt(fieldAt(value, 'sources')).forEach((citation, index) => {
          expect(file, ['sources', index, 'sourceId'], stringAt(citation, 'sourceId'), 'source')
        })
        expect(file, ['parentId'], stringAt(value, 'parentId'), 'engagement')
        arrayAt(fieldAt(value, 'distinctFrom')).forEach((entry, index) => {
          expect(file, ['distinctFrom', index, 'id'], stringAt(entry, 'id'), 'engagement')
        })
      }
      if (kind === 'official') {
        arrayAt(fieldAt(value, 'sources')).forEach((id, index) => {
          expect(file, ['sources', index], id, 'source')
        })
        arrayAt(fieldAt(value, 'aliases')).forEach((alias, aliasIndex) => {
          arrayAt(fieldAt(alias, 'sources')).forEach((id, index) => {
            expect(file, ['aliases', aliasIndex, 'sources', index], id, 'source')
          })
        })
      }
    }
    return issues
  },
}
