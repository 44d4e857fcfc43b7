import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

/**
 * Key of what makes two records the same event: date, state parties and people.
 *
 * @example
 * eventKey({ date: '2020-11-14', countries: ['IR', 'IQ'], participants: [] })
 * //=> '["2020-11-14",["IQ","IR"],[],[]]'
 */
export function eventKey(value: unknown): string | undefined {
  const date = stringAt(value, 'date')
  if (date === undefined) return undefined
  const countries = arrayAt(fieldAt(value, 'countries')).map(String).sort()
  const organizations = arrayAt(fieldAt(value, 'organizations')).map(String).sort()
  const people = arrayAt(fieldAt(value, 'participants'))
    .map((participant) => String(stringAt(participant, 'officialId')))
    .sort()
  return JSON.stringify([date, countries, organizations, people])
}

/**
 * No two records describe the same event (same date, same parties, same participants),
 * except a visit and an engagement inside it.
 *
 * @example
 * const files = [
 *   { id: 'eng_aaaaaa', date: '2020-11-14', countries: ['IQ', 'IR'] },
 *   { id: 'eng_bbbbbb', date: '2020-11-14', countries: ['IR', 'IQ'] },
 * ].map((value) => ({ file: `${value.id}.json`, kind: 'engagement', value }))
 * noDuplicateEventsRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['describes the same event as eng_aaaaaa']
 */
export const noDuplicateEventsRule: LintRule = {
  name: 'no-duplicate-events',
  description: 'No two records share date, parties and participants.',
  scope: 'dataset',
  check(context) {
    type First = { file: string; id: string | undefined; parentId: string | undefined }
    // Most dates belong to one record: the key of a record is built only once a second
    // record of its date turns up (null marks a date whose records are keyed).
    const aloneOnDate = new Map<string, { first: First; value: unknown } | null>()
    const firstByKey = new Map<string, First>()
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'engagement')) {
      const date = stringAt(value, 'date')
      if (date === undefined) continue
      const id = stringAt(value, 'id')
      const alone = aloneOnDate.get(date)
      if (alone === undefined) {
        aloneOnDate.set(date, { first: { file, id, parentId: stringAt(value, 'parentId') }, value })
        continue
      }
      if (alone !== null) {
        firstByKey.set(eventKey(alone.value) as string, alone.first)
        aloneOnDate.set(date, null)
      }
      const key = eventKey(value) as string
      const first = firstByKey.get(key)
      if (!first) {
        firstByKey.set(key, { file, id, parentId: stringAt(value, 'parentId') })
        continue
      }
      // A visit and the one meeting inside it may share date and people; they are different events.
      if (stringAt(value, 'parentId') === first.id || first.parentId === id) continue
      issues.push({
        rule: 'no-duplicate-events',
        severity: 'error',
        file,
        path: [],
        message: `describes the same event as ${first.id ?? first.file}`,
        expected: 'a date, parties or participants that differ from every other record',
        actual: `the same date, parties and participants as ${first.file}`,
        tip: 'merge the two records: add this record’s sources to the other and delete this file',
      })
    }
    return issues
  },
}
