import { deriveDateRange } from '../../core/dates/derive-date-range'
import { parseEdtf } from '../../core/dates/parse-edtf'
import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

const rangeOfText = (text: string | undefined) => {
  if (text === undefined) return undefined
  const parsed = parseEdtf(text)
  return parsed.ok ? deriveDateRange(parsed.value) : undefined
}

/**
 * An office's term ends no earlier than it starts, and does not start in the future.
 *
 * @example
 * const positions = [
 *   { title: 'Chief of Staff', from: '2022', to: '2020' },
 *   { title: 'Minister of Defence', from: '2027-03' },
 * ]
 * const files = [{ file: 'off_iraq01.json', kind: 'official', value: { positions } }]
 * positionTermsInOrderRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['the term ends before it starts', 'the term starts in the future (today is 2026-11-30)']
 */
export const positionTermsInOrderRule: LintRule = {
  name: 'position-terms-in-order',
  description: 'Position terms end after they start and do not start in the future.',
  scope: 'dataset',
  check(context) {
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'official')) {
      arrayAt(fieldAt(value, 'positions')).forEach((position, index) => {
        const from = stringAt(position, 'from')
        const to = stringAt(position, 'to')
        const start = rangeOfText(from)?.startDate
        const end = rangeOfText(to)?.endDate
        const base = { rule: 'position-terms-in-order', severity: 'error' as const, file }
        if (start && end && end < start) {
          issues.push({
            ...base,
            path: ['positions', index, 'to'],
            message: 'the term ends before it starts',
            expected: `a "to" no earlier than "from" (${from})`,
            actual: `"${to}"`,
            tip: 'check both dates against the sources, or swap them',
          })
        }
        if (start && start > context.today) {
          issues.push({
            ...base,
            path: ['positions', index, 'from'],
            message: `the term starts in the future (today is ${context.today})`,
            expected: 'a start date that has passed',
            actual: `"${from}"`,
            tip: 'record an office once it is taken',
          })
        }
      })
    }
    return issues
  },
}
