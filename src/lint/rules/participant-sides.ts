import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'
import type { LintIssue } from '../issue'

/**
 * A participant's side agrees with the official's country, and that country is a
 * party to the engagement: this catches an officialId pointing at the wrong person.
 */
export const participantSidesRule: LintRule = {
  name: 'participant-sides',
  description: 'Participants are on the side of their country, and their country is a party.',
  check(context) {
    const countryOf = new Map(
      filesOfKind(context, 'official').map(({ value }) => [
        stringAt(value, 'id'),
        stringAt(value, 'country'),
      ]),
    )
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'engagement')) {
      const parties = new Set(arrayAt(fieldAt(value, 'countries')))
      arrayAt(fieldAt(value, 'participants')).forEach((participant, index) => {
        const country = countryOf.get(stringAt(participant, 'officialId'))
        const side = stringAt(participant, 'side')
        if (country === undefined || side === undefined) return
        const base = { rule: 'participant-sides', severity: 'error' as const, file }
        const expectedSide =
          country === 'IQ' ? 'iraq' : side === 'third_party' ? 'third_party' : 'counterpart'
        if (side !== expectedSide) {
          issues.push({
            ...base,
            path: ['participants', index, 'side'],
            message: `side does not match the official's country (${country})`,
            expected: `"${expectedSide}"`,
            actual: `"${side}"`,
            tip: 'check that officialId names the right person',
          })
        } else if (side !== 'third_party' && !parties.has(country)) {
          issues.push({
            ...base,
            path: ['countries'],
            message: `participant ${index} serves ${country}, which is not listed as a party`,
            expected: `countries to include "${country}"`,
            actual: JSON.stringify([...parties]),
            tip: `add "${country}" to countries, or mark the participant as a third_party`,
          })
        }
      })
    }
    return issues
  },
}
