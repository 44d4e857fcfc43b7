import type { LintIssue } from '../../core/issue'
import type { RecordFile } from '../../core/record-kinds'
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
    const files = filesOfKind(context, 'engagement')
    // Records can only be the same event if they share a date, and most dates belong to
    // one record: records are grouped by date, and keys are built only within a group
    // of two or more.
    const byDate = new Map<string, number[]>()
    for (let position = 0; position < files.length; position++) {
      const date = stringAt((files[position] as RecordFile).value, 'date')
      if (date === undefined) continue
      const group = byDate.get(date)
      if (group === undefined) byDate.set(date, [position])
      else group.push(position)
    }
    const found: { position: number; issue: LintIssue }[] = []
    for (const group of byDate.values()) {
      if (group.length < 2) continue
      const keys = group.map((position) => eventKey((files[position] as RecordFile).value))
      for (let later = 1; later < group.length; later++) {
        const earlier = keys.indexOf(keys[later])
        if (earlier === later) continue
        const record = files[group[later] as number] as RecordFile
        const first = files[group[earlier] as number] as RecordFile
        const id = stringAt(record.value, 'id')
        const firstId = stringAt(first.value, 'id')
        // A visit and the one meeting inside it may share date and people; they are different events.
        if (
          stringAt(record.value, 'parentId') === firstId ||
          stringAt(first.value, 'parentId') === id
        ) {
          continue
        }
        found.push({
          position: group[later] as number,
          issue: {
            rule: 'no-duplicate-events',
            severity: 'error',
            file: record.file,
            path: [],
            message: `describes the same event as ${firstId ?? first.file}`,
            expected: 'a date, parties or participants that differ from every other record',
            actual: `the same date, parties and participants as ${first.file}`,
            tip: 'merge the two records: add this record’s sources to the other and delete this file',
          },
        })
      }
    }
    // In file order, as a single pass over the files would report them.
    return found.sort((a, b) => a.position - b.position).map(({ issue }) => issue)
  },
}
