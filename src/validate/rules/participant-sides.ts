import type { LintIssue } from '../../core/issue'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'

/**
 * A participant's side agrees with the official's country, and that country (or,
 * for an official of an international organization, that organization) is a party
 * to the engagement: this catches an officialId pointing at the wrong person. A
 * person who served both, such as a national chief of defence who went on to chair
 * a NATO committee, is a party through either.
 *
 * @example
 * const participants = [{ officialId: 'off_iran01', side: 'counterpart' }]
 * const files = [
 *   { file: 'off_iran01.json', kind: 'official', value: { id: 'off_iran01', country: 'IR' } },
 *   { file: 'eng_meet01.json', kind: 'engagement', value: { countries: ['IQ'], participants } },
 * ]
 * participantSidesRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['participant 0 serves IR, which is not listed as a party']
 */
export const participantSidesRule: LintRule = {
  name: 'participant-sides',
  description: 'Participants are on the side of their country, and their country is a party.',
  scope: 'dataset',
  check(context) {
    // What each official served, read once per official rather than per participant.
    const affiliationOf = new Map(
      filesOfKind(context, 'official').map(({ value }) => {
        const country = stringAt(value, 'country')
        const organization = stringAt(value, 'organization')
        const served = [country, organization].filter((code): code is string => code !== undefined)
        return [stringAt(value, 'id'), { country, served }]
      }),
    )
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'engagement')) {
      const participants = arrayAt(fieldAt(value, 'participants'))
      if (participants.length === 0) continue
      const countries = arrayAt(fieldAt(value, 'countries'))
      const organizations = arrayAt(fieldAt(value, 'organizations'))
      const isParty = (code: string) => countries.includes(code) || organizations.includes(code)
      for (let index = 0; index < participants.length; index++) {
        const participant = participants[index]
        const affiliation = affiliationOf.get(stringAt(participant, 'officialId'))
        const side = stringAt(participant, 'side')
        const served = affiliation?.served ?? []
        if (served.length === 0 || side === undefined) continue
        const party = () => served.join(' or ')
        const base = { rule: 'participant-sides', severity: 'error' as const, file }
        const expectedSide =
          served[0] === 'IQ' ? 'iraq' : side === 'third_party' ? 'third_party' : 'counterpart'
        if (side !== expectedSide) {
          issues.push({
            ...base,
            path: ['participants', index, 'side'],
            message: `side does not match the official's affiliation (${party()})`,
            expected: `"${expectedSide}"`,
            actual: `"${side}"`,
            tip: 'check that officialId names the right person',
          })
        } else if (side !== 'third_party' && !served.some(isParty)) {
          const field = affiliation?.country ? 'countries' : 'organizations'
          issues.push({
            ...base,
            path: [field],
            message: `participant ${index} serves ${party()}, which is not listed as a party`,
            expected: `${field} to include "${served[0]}"${served.length > 1 ? `, or organizations to include "${served[1]}"` : ''}`,
            actual: JSON.stringify(arrayAt(fieldAt(value, field))),
            tip: `add "${served[0]}" to ${field}, or mark the participant as a third_party`,
          })
        }
      }
    }
    return issues
  },
}
