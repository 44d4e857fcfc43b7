import type { LintIssue } from '../../core/issue'
import { filesOfKind, type LintRule, stringAt } from '../context'

/** Abbreviations whose full stop does not end a sentence (military ranks, titles, initials). */
const ABBREVIATION = /\b(Lt|Gen|Maj|Brig|Col|Cdr|Adm|Capt|Dr|Mr|Mrs|Ms|St|No|Jr|Sr|Co|Inc|[A-Z])\./g

/**
 * Counts the sentences of a summary: full stops, question and exclamation marks
 * followed by a space and a capital, or ending the text, ignoring abbreviations.
 *
 * @example
 * countSentences('Lt. Gen. Zaki met the minister. They agreed.') //=> 2
 */
export function countSentences(text: string): number {
  return (
    // A replacement string rather than a callback: no function call per abbreviation.
    text.replace(ABBREVIATION, '$1').match(/[.!?](?=\s+[A-Z"“]|\s*$)/g)?.length ?? 0
  )
}

/**
 * A summary is one to three sentences, as the methodology asks.
 *
 * @example
 * const summary = 'Lt. Gen. Zaki arrived. He met the minister. They signed a memorandum. He left.'
 * const files = [{ file: 'eng_visit1.json', kind: 'engagement', value: { summary } }]
 * summarySentencesRule.check({ files, today: '2026-11-30' }).map((issue) => issue.actual)
 * //=> ['4 sentences']
 */
export const summarySentencesRule: LintRule = {
  name: 'summary-sentences',
  description: 'Engagement summaries have one to three sentences.',
  scope: 'dataset',
  check(context) {
    return filesOfKind(context, 'engagement').flatMap(({ file, value }): LintIssue[] => {
      const summary = stringAt(value, 'summary')
      if (summary === undefined || summary === '') return []
      const count = countSentences(summary)
      if (count >= 1 && count <= 3) return []
      return [
        {
          rule: 'summary-sentences',
          severity: 'error',
          file,
          path: ['summary'],
          message: 'summary is not one to three sentences',
          expected: 'one to three sentences ending with a full stop',
          actual: `${count} sentence${count === 1 ? '' : 's'}`,
          tip: 'keep the summary short and move detail to notes',
        },
      ]
    })
  },
}
