import { overlaps } from '../../core/dates/day-ranges'
import type { LintIssue } from '../../core/issue'
import { filesOfKind, type LintRule, stringAt } from '../context'
import { rangeOf } from '../engagement-range'

/**
 * A record with a `parentId` took place during a visit: the parent is a visit that is
 * not itself a child, and the child's dates overlap the visit's (a day-precise child
 * lies inside them; a month-precise child's month overlaps them).
 *
 * @example
 * const files = [
 *   { id: 'eng_visit1', type: 'visit', date: '2020-11-14/2020-11-15' },
 *   { id: 'eng_meet01', parentId: 'eng_visit1', date: '2020-11-20' },
 * ].map((value) => ({ file: `${value.id}.json`, kind: 'engagement', value }))
 * childWithinParentRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['date falls outside its parent visit eng_visit1']
 */
export const childWithinParentRule: LintRule = {
  name: 'child-within-parent',
  description: 'Children point at a top-level visit and fall within its dates.',
  scope: 'dataset',
  check(context) {
    const engagements = filesOfKind(context, 'engagement')
    const byId = new Map(engagements.map((file) => [stringAt(file.value, 'id'), file]))
    const issues: LintIssue[] = []
    for (const child of engagements) {
      const parentId = stringAt(child.value, 'parentId')
      const parent = parentId === undefined ? undefined : byId.get(parentId)
      if (!parent) continue
      const base = { rule: 'child-within-parent', severity: 'error' as const, file: child.file }
      if (stringAt(parent.value, 'type') !== 'visit' || stringAt(parent.value, 'parentId')) {
        issues.push({
          ...base,
          path: ['parentId'],
          message: 'parent is not a top-level visit',
          expected: 'the id of a record with type "visit" and no parentId',
          actual: `"${parentId}" (type ${JSON.stringify(stringAt(parent.value, 'type'))})`,
          tip: 'only visits contain other engagements, and visits do not nest',
        })
        continue
      }
      const inner = rangeOf(child.value, context.ranges)
      const outer = rangeOf(parent.value, context.ranges)
      if (!inner || !outer) continue
      // A day-precise child lies inside the visit; a coarser one must at least overlap it.
      const inside =
        (inner.startDate === null ||
          outer.startDate === null ||
          inner.startDate >= outer.startDate) &&
        (inner.endDate === null || outer.endDate === null || inner.endDate <= outer.endDate)
      const outside =
        inner.precision === 'day' ? !inside : !overlaps(inner, outer.startDate, outer.endDate)
      if (outside) {
        issues.push({
          ...base,
          path: ['date'],
          message: `date falls outside its parent visit ${parentId}`,
          expected: `a date within ${stringAt(parent.value, 'date')}`,
          actual: `"${stringAt(child.value, 'date')}"`,
          tip: 'check both dates against the sources; a meeting cannot happen outside the visit it belongs to',
        })
      }
    }
    return issues
  },
}
