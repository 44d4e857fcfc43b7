import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

/**
 * Every official lists at least one alias, or says in `notes` that none is known.
 *
 * @example
 * const noted = { aliases: [], notes: 'No other spelling seen in the sources.' }
 * const files = [
 *   { file: 'off_iraq01.json', kind: 'official', value: { aliases: [] } },
 *   { file: 'off_iran01.json', kind: 'official', value: noted },
 * ]
 * officialAliasesOrNoteRule.check({ files, today: '2026-11-30' }).map((issue) => issue.file)
 * //=> ['off_iraq01.json']
 */
export const officialAliasesOrNoteRule: LintRule = {
  name: 'official-aliases-or-note',
  description: 'Officials have an alias, or a note that none is known.',
  scope: 'dataset',
  check(context) {
    return filesOfKind(context, 'official').flatMap(({ file, value }): LintIssue[] => {
      const aliases = arrayAt(fieldAt(value, 'aliases'))
      if (
        aliases.length > 0 ||
        /no (other )?(alias|spelling|variant)/i.test(stringAt(value, 'notes') ?? '')
      ) {
        return []
      }
      return [
        {
          rule: 'official-aliases-or-note',
          severity: 'error',
          file,
          path: ['aliases'],
          message: 'no alias and no note saying none is known',
          expected: 'at least one alias, or notes saying "No other spelling seen in the sources."',
          actual: '[]',
          tip: 'add every spelling the sources use; name matching depends on it',
        },
      ]
    })
  },
}
