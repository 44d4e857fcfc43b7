import type { LintIssue, PathSegment } from '../../core/issue'
import { normalizeName } from '../../core/names/normalize-name'
import type { RecordKind } from '../../core/record-kinds'
import { closestMatches } from '../../core/text/closest-matches'
import {
  arrayAt,
  fieldAt,
  filesOfKind,
  type LintContext,
  type LintRule,
  stringAt,
} from '../context'

/** Official ids by the normalized form of each name and alias; a name two people share is left out. */
function officialIdsByName(context: LintContext): Map<string, string> {
  const byName = new Map<string, string>()
  const shared = new Set<string>()
  for (const { value } of filesOfKind(context, 'official')) {
    const id = stringAt(value, 'id')
    if (id === undefined) continue
    const names = [
      stringAt(value, 'name'),
      ...arrayAt(fieldAt(value, 'aliases')).map((alias) => stringAt(alias, 'name')),
    ]
    for (const name of names) {
      if (name === undefined || name.length > 200) continue
      const key = normalizeName(name)
      if (byName.has(key) && byName.get(key) !== id) shared.add(key)
      byName.set(key, id)
    }
  }
  for (const key of shared) byName.delete(key)
  return byName
}

function idsOf(context: LintContext, kind: RecordKind): Set<string> {
  const ids = new Set<string>()
  for (const { value } of filesOfKind(context, kind)) {
    const id = stringAt(value, 'id')
    if (id !== undefined) ids.add(id)
  }
  return ids
}

/**
 * Every officialId, sourceId and parentId points at a record that exists.
 *
 * @example
 * const participants = [{ officialId: 'off_iraq10', name: 'Juma Inad' }]
 * const files = [
 *   { file: 'off_iraq01.json', kind: 'official', value: { id: 'off_iraq01', name: 'Juma Inad' } },
 *   { file: 'eng_meet01.json', kind: 'engagement', value: { participants } },
 * ]
 * referencesResolveRule.check({ files, today: '2026-11-30' }).map((issue) => issue.tip)
 * //=> ['did you mean "off_iraq01"?']
 */
export const referencesResolveRule: LintRule = {
  name: 'references-resolve',
  description: 'Every officialId, source id and parentId names an existing record.',
  scope: 'dataset',
  check(context) {
    const known: Record<RecordKind, Set<string>> = {
      engagement: idsOf(context, 'engagement'),
      official: idsOf(context, 'official'),
      source: idsOf(context, 'source'),
    }
    const issues: LintIssue[] = []
    const resolves = (id: unknown, kind: RecordKind) =>
      typeof id !== 'string' || known[kind].has(id) || context.unreadableIds?.has(id) === true
    // Needed only to suggest an official for an unknown id: built on the first one.
    let officialsByName: Map<string, string> | undefined
    // Called only for an id that does not resolve, so that a valid reference costs no path.
    const report = (
      file: string,
      path: PathSegment[],
      id: string,
      kind: RecordKind,
      name?: string,
    ) => {
      // For a participant, the official whose name matches beats an id that merely looks alike.
      officialsByName ??= officialIdsByName(context)
      const byName = name === undefined ? undefined : officialsByName.get(normalizeName(name))
      const suggestion = byName ?? closestMatches(id, [...known[kind]], 1)[0]
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
        const participants = arrayAt(fieldAt(value, 'participants'))
        for (let index = 0; index < participants.length; index++) {
          const participant = participants[index]
          const id = stringAt(participant, 'officialId')
          if (resolves(id, 'official')) continue
          const path = ['participants', index, 'officialId']
          report(file, path, id as string, 'official', stringAt(participant, 'name'))
        }
        const citations = arrayAt(fieldAt(value, 'sources'))
        for (let index = 0; index < citations.length; index++) {
          const id = stringAt(citations[index], 'sourceId')
          if (!resolves(id, 'source')) {
            report(file, ['sources', index, 'sourceId'], id as string, 'source')
          }
        }
        const parentId = stringAt(value, 'parentId')
        if (!resolves(parentId, 'engagement')) {
          report(file, ['parentId'], parentId as string, 'engagement')
        }
        const distinctFrom = arrayAt(fieldAt(value, 'distinctFrom'))
        for (let index = 0; index < distinctFrom.length; index++) {
          const id = stringAt(distinctFrom[index], 'id')
          if (!resolves(id, 'engagement')) {
            report(file, ['distinctFrom', index, 'id'], id as string, 'engagement')
          }
        }
      }
      if (kind === 'official') {
        const sources = arrayAt(fieldAt(value, 'sources'))
        for (let index = 0; index < sources.length; index++) {
          const id = sources[index]
          if (!resolves(id, 'source')) report(file, ['sources', index], id as string, 'source')
        }
        const aliases = arrayAt(fieldAt(value, 'aliases'))
        for (let aliasIndex = 0; aliasIndex < aliases.length; aliasIndex++) {
          const aliasSources = arrayAt(fieldAt(aliases[aliasIndex], 'sources'))
          for (let index = 0; index < aliasSources.length; index++) {
            const id = aliasSources[index]
            if (resolves(id, 'source')) continue
            report(file, ['aliases', aliasIndex, 'sources', index], id as string, 'source')
          }
        }
      }
    }
    return issues
  },
}
