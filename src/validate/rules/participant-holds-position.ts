import { overlaps } from '../../core/dates/day-ranges'
import { type DateRange, deriveDateRange } from '../../core/dates/derive-date-range'
import { parseEdtf } from '../../core/dates/parse-edtf'
import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'
import { rangeOf } from '../engagement-range'

interface Tenure {
  readonly title: string
  readonly startDate: string | null
  readonly endDate: string | null
}

/** The days a dated position covers; `undefined` when it has no dates to judge by. */
function tenureOf(position: unknown): Tenure | undefined {
  const from = stringAt(position, 'from')
  const to = stringAt(position, 'to')
  if (from === undefined && to === undefined) return undefined
  const bound = (text: string | undefined) => {
    if (text === undefined) return undefined
    const parsed = parseEdtf(text)
    return parsed.ok ? deriveDateRange(parsed.value) : undefined
  }
  const start = bound(from)
  const end = bound(to)
  if ((from !== undefined && !start) || (to !== undefined && !end)) return undefined
  return {
    title: stringAt(position, 'title') ?? 'a position',
    startDate: start?.startDate ?? null,
    endDate: end?.endDate ?? null,
  }
}

const describeTenure = ({ title, startDate, endDate }: Tenure) =>
  `${title} ${startDate ?? '…'} to ${endDate ?? 'now'}`

/**
 * A participant held one of their recorded positions on the engagement's date,
 * wherever every position of theirs is dated: a meeting dated before the minister
 * took office, or linked to a namesake, fails. An official with an undated position
 * is not judged, since that position may cover the date.
 *
 * @example
 * const positions = [{ title: 'Minister of Defence', from: '2020-06', to: '2022-10' }]
 * const minister = { id: 'off_iraq01', name: 'Juma Inad', positions }
 * const meeting = { date: '2019-05', participants: [{ officialId: 'off_iraq01' }] }
 * const files = [
 *   { file: 'off_iraq01.json', kind: 'official', value: minister },
 *   { file: 'eng_meet01.json', kind: 'engagement', value: meeting },
 * ]
 * participantHoldsPositionRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['Juma Inad held no recorded position on 2019-05']
 */
export const participantHoldsPositionRule: LintRule = {
  name: 'participant-holds-position',
  description: 'Participants held a recorded position on the date of the engagement.',
  scope: 'dataset',
  check(context) {
    const tenures = new Map<string | undefined, { name?: string; tenures: Tenure[] }>()
    for (const { value } of filesOfKind(context, 'official')) {
      const positions = arrayAt(fieldAt(value, 'positions')).map(tenureOf)
      if (positions.length === 0 || positions.some((tenure) => tenure === undefined)) continue
      tenures.set(stringAt(value, 'id'), {
        name: stringAt(value, 'name'),
        tenures: positions as Tenure[],
      })
    }
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'engagement')) {
      // The date is parsed only for an engagement with a participant whose terms are recorded.
      let range: DateRange | undefined | null = null
      arrayAt(fieldAt(value, 'participants')).forEach((participant, index) => {
        const official = tenures.get(stringAt(participant, 'officialId'))
        if (!official) return
        if (range === null) range = rangeOf(value, context.ranges)
        const known = range
        if (known === undefined) return
        const held = official.tenures.some((tenure) =>
          overlaps(known, tenure.startDate, tenure.endDate),
        )
        if (held) return
        issues.push({
          rule: 'participant-holds-position',
          severity: 'error',
          file,
          path: ['participants', index, 'officialId'],
          message: `${official.name ?? 'this official'} held no recorded position on ${stringAt(value, 'date')}`,
          expected: `a date within ${official.tenures.map(describeTenure).join('; ')}`,
          actual: `"${stringAt(value, 'date')}"`,
          tip: 'check the date and that officialId names the right person; if they held another office then, add that position to their record',
        })
      })
    }
    return issues
  },
}
