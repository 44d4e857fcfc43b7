import { AmbiguousOfficialError, type OfficialSuggestion } from '../../core/errors'
import type { Official } from '../../core/schema/official'
import type { NameVariant } from './name-index'

/**
 * An official as a suggestion in an error message: id and name.
 *
 * @example
 * suggestionOf(official) //=> { id: 'off_6biaw6', name: 'Thabet Mohammed Saeed Al-Abbasi' }
 */
export const suggestionOf = ({ id, name }: Official): OfficialSuggestion => ({ id, name })

/**
 * The one person a tier's matches name, or `undefined` when they name nobody. Never
 * chooses: matches naming two or more people throw.
 *
 * @throws {AmbiguousOfficialError} when the matches belong to several officials
 *
 * @example
 * oneOfficial('Abbasi', []) //=> undefined
 */
export function oneOfficial(input: string, matches: readonly NameVariant[]): Official | undefined {
  const people = [...new Map(matches.map(({ official }) => [official.id, official])).values()]
  if (people.length > 1) {
    throw new AmbiguousOfficialError(
      input,
      people.map(suggestionOf).sort((a, b) => a.name.localeCompare(b.name)),
    )
  }
  return people[0]
}
