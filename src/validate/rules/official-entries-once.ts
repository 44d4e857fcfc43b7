import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

/** A position as text, field by field in a fixed order, so that key order does not matter. */
const positionKey = (position: unknown) =>
  JSON.stringify(
    ['title', 'organization', 'from', 'to', 'note'].map((field) => stringAt(position, field)),
  )

/**
 * An official lists each spelling once: no alias repeats another alias, the canonical
 * name or the native name; and each office once. A repeat adds nothing a reader can use
 * and usually means an edit was applied twice.
 *
 * @example
 * const value = {
 *   name: 'Lucas Schreurs',
 *   nativeName: { name: 'Cas Schreurs', lang: 'nl' },
 *   aliases: [{ name: 'Cas Schreurs', kind: 'variant' }],
 *   positions: [{ title: 'Minister' }, { title: 'Minister' }],
 * }
 * const files = [{ file: 'off_nl0001.json', kind: 'official', value }]
 * officialEntriesOnceRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['"Cas Schreurs" is already the native name', 'the same position as positions[0]']
 */
export const officialEntriesOnceRule: LintRule = {
  name: 'official-entries-once',
  description: 'Officials list each alias and each position once.',
  scope: 'dataset',
  check(context) {
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'official')) {
      const base = { rule: 'official-entries-once', severity: 'error' as const, file }
      // Each spelling seen so far, with where it stands, for the message.
      const names = new Map<string, string>()
      const name = stringAt(value, 'name')
      const nativeName = stringAt(fieldAt(value, 'nativeName'), 'name')
      if (name !== undefined) names.set(name.normalize('NFC'), 'the canonical name')
      if (nativeName !== undefined && !names.has(nativeName.normalize('NFC'))) {
        names.set(nativeName.normalize('NFC'), 'the native name')
      }
      arrayAt(fieldAt(value, 'aliases')).forEach((alias, index) => {
        const spelling = stringAt(alias, 'name')
        if (spelling === undefined) return
        const key = spelling.normalize('NFC')
        const already = names.get(key)
        if (already === undefined) {
          names.set(key, `listed as aliases[${index}]`)
          return
        }
        issues.push({
          ...base,
          path: ['aliases', index, 'name'],
          message: `"${spelling}" is already ${already}`,
          expected: 'a spelling not listed elsewhere in this record',
          actual: `"${spelling}"`,
          tip: 'remove this alias',
        })
      })
      const positions = new Map<string, number>()
      arrayAt(fieldAt(value, 'positions')).forEach((position, index) => {
        const key = positionKey(position)
        const first = positions.get(key)
        if (first === undefined) {
          positions.set(key, index)
          return
        }
        issues.push({
          ...base,
          path: ['positions', index],
          message: `the same position as positions[${first}]`,
          expected: 'each office once',
          actual: `${stringAt(position, 'title') ?? 'a position'} listed again`,
          tip: 'remove this entry, or give the second term its own dates',
        })
      })
    }
    return issues
  },
}
