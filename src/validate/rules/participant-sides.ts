import type { LintIssue } from '../../core/issue'
import {
  arrayAt,
  fieldAt,
  filesOfKind,
  type LintContext,
  type LintRule,
  stringAt,
} from '../context'

/** What an official served: the country and organization, those present, in that order. */
interface Affiliation {
  readonly country: string | undefined
  readonly served: readonly string[]
}

/** The parties of an engagement, as its record lists them. */
interface Parties {
  readonly countries: readonly unknown[]
  readonly organizations: readonly unknown[]
}

/** What each official served, read once per official rather than per participant. */
function affiliationsOf(context: LintContext): Map<string | undefined, Affiliation> {
  const affiliations = new Map<string | undefined, Affiliation>()
  for (const { value } of filesOfKind(context, 'official')) {
    const country = stringAt(value, 'country')
    const organization = stringAt(value, 'organization')
    const served = [country, organization].filter((code): code is string => code !== undefined)
    // An official who served neither cannot be checked: left out, as if unknown.
    if (served.length > 0) affiliations.set(stringAt(value, 'id'), { country, served })
  }
  return affiliations
}

const partiesOf = (value: unknown): Parties => ({
  countries: arrayAt(fieldAt(value, 'countries')),
  organizations: arrayAt(fieldAt(value, 'organizations')),
})

/** True when one of the codes an official served is among the engagement's parties. */
function servesAParty(served: readonly string[], parties: Parties): boolean {
  for (const code of served) {
    if (parties.countries.includes(code) || parties.organizations.includes(code)) return true
  }
  return false
}

function wrongSide(
  file: string,
  index: number,
  served: readonly string[],
  side: string,
  expectedSide: string,
): LintIssue {
  return {
    rule: 'participant-sides',
    severity: 'error',
    file,
    path: ['participants', index, 'side'],
    message: `side does not match the official's affiliation (${served.join(' or ')})`,
    expected: `"${expectedSide}"`,
    actual: `"${side}"`,
    tip: 'check that officialId names the right person',
  }
}

function notAParty(
  file: string,
  index: number,
  affiliation: Affiliation,
  value: unknown,
): LintIssue {
  const served = affiliation.served
  const field = affiliation.country ? 'countries' : 'organizations'
  return {
    rule: 'participant-sides',
    severity: 'error',
    file,
    path: [field],
    message: `participant ${index} serves ${served.join(' or ')}, which is not listed as a party`,
    expected: `${field} to include "${served[0]}"${served.length > 1 ? `, or organizations to include "${served[1]}"` : ''}`,
    actual: JSON.stringify(arrayAt(fieldAt(value, field))),
    tip: `add "${served[0]}" to ${field}, or mark the participant as a third_party`,
  }
}

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
    const affiliationOf = affiliationsOf(context)
    const issues: LintIssue[] = []
    for (const { file, value } of filesOfKind(context, 'engagement')) {
      const participants = arrayAt(fieldAt(value, 'participants'))
      // Nothing is allocated for a participant that passes: the parties are read once
      // per record, and only when a participant needs them.
      let parties: Parties | undefined
      for (let index = 0; index < participants.length; index++) {
        const participant = participants[index]
        const side = stringAt(participant, 'side')
        if (side === undefined) continue
        const affiliation = affiliationOf.get(stringAt(participant, 'officialId'))
        if (affiliation === undefined) continue
        const served = affiliation.served
        const expectedSide =
          served[0] === 'IQ' ? 'iraq' : side === 'third_party' ? 'third_party' : 'counterpart'
        if (side !== expectedSide) {
          issues.push(wrongSide(file, index, served, side, expectedSide))
          continue
        }
        if (side === 'third_party') continue
        parties ??= partiesOf(value)
        if (!servesAParty(served, parties)) {
          issues.push(notAParty(file, index, affiliation, value))
        }
      }
    }
    return issues
  },
}
