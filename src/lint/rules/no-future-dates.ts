import { rangeOf } from '../_lib/engagement-range'
import { filesOfKind, type LintRule, stringAt } from '../context'
import type { LintIssue } from '../issue'

/** An engagement that has not happened yet can only be `announced`. */
export const noFutureDatesRule: LintRule = {
  name: 'no-future-dates',
  description: 'Records dated after today have status "announced".',
  check({ files, today }) {
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind({ files, today }, 'engagement')) {
      const range = rangeOf(value)
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
    return issues
  },
}
