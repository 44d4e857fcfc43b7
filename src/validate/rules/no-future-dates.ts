import { deriveDateRange } from '../../core/dates/derive-date-range'
import { parseEdtf } from '../../core/dates/parse-edtf'
import type { LintIssue } from '../../core/issue'
import { filesOfKind, type LintRule, stringAt } from '../context'
import { rangeOf } from '../engagement-range'

/**
 * An engagement that has not happened yet can only be `announced`, and no source
 * can have been published after today.
 *
 * @example
 * const files = [
 *   { file: 'eng_aaaaaa.json', kind: 'engagement', value: { date: '2027', status: 'occurred' } },
 *   { file: 'src_aaaaaa.json', kind: 'source', value: { published: '2027-01-05' } },
 * ]
 * noFutureDatesRule.check({ files, today: '2026-11-30' }).map((issue) => issue.path)
 * //=> [['status'], ['published']]
 * noFutureDatesRule.check({ files, today: '2027-02-01' }) //=> []
 */
export const noFutureDatesRule: LintRule = {
  name: 'no-future-dates',
  description:
    'Records dated after today are "announced"; sources are not published in the future.',
  scope: 'dataset',
  check({ files, today, ranges }) {
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind({ files, today }, 'engagement')) {
      const range = rangeOf(value, ranges)
      const status = stringAt(value, 'status')
      if (!range?.startDate || range.startDate <= today || status === 'announced') continue
      issues.push({
        rule: 'no-future-dates',
        severity: 'error',
        file,
        path: ['status'],
        message: `dated in the future (starts ${range.startDate}, today is ${today})`,
        expected: '"announced" for an engagement that has not happened yet',
        actual: JSON.stringify(status),
        tip: 'set status to "announced", or correct the date',
      })
    }
    for (const { file, value } of filesOfKind({ files, today }, 'source')) {
      const published = stringAt(value, 'published')
      const parsed = published === undefined ? undefined : parseEdtf(published)
      const first = parsed?.ok ? deriveDateRange(parsed.value).startDate : null
      if (!first || first <= today) continue
      issues.push({
        rule: 'no-future-dates',
        severity: 'error',
        file,
        path: ['published'],
        message: `published in the future (${first}, today is ${today})`,
        expected: 'the publication date shown on the page',
        actual: JSON.stringify(published),
        tip: 'take the date from the dateline, or use null when the page shows none',
      })
    }
    return issues
  },
}
