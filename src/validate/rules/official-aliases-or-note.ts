import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

/** Every official lists at least one alias, or says in `notes` that none is known. */
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
