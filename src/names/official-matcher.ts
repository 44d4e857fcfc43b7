import { editDistance } from '../_lib/closest-matches'
import { AmbiguousOfficialError, type OfficialSuggestion, UnknownOfficialError } from '../errors'
import type { Official } from '../schema/official'
import { nameTokens } from './normalize-name'
import { transliterationKey } from './transliteration-key'

/** How many resolved names to remember; a bound so arbitrary input cannot grow memory. */
const MEMO_LIMIT = 1024

interface NameVariant {
  readonly official: Official
  /** Case-, diacritic-, punctuation- and particle-insensitive form. */
  readonly exact: string
  /** One transliteration key per word. */
  readonly keys: readonly string[]
}

/** Resolves names and ids to officials; see {@link createOfficialMatcher}. */
export interface OfficialMatcher {
  /** The one official a name or id means; throws when it means nobody or several people. */
  resolve(nameOrId: string): Official
}

const keysOf = (name: string) => nameTokens(name).map(transliterationKey)
const suggestionOf = ({ id, name }: Official): OfficialSuggestion => ({ id, name })
const sameKeys = (left: readonly string[], right: readonly string[]) =>
  left.length === right.length && left.every((key, index) => key === right[index])

/** True when every query word appears among the name's words (each used once). */
function containsAll(nameKeys: readonly string[], queryKeys: readonly string[]): boolean {
  const remaining = [...nameKeys]
  return queryKeys.every((key) => {
    const position = remaining.indexOf(key)
    if (position === -1) return false
    remaining.splice(position, 1)
    return true
  })
}

/**
 * Builds a matcher over officials' canonical, native-script and alias names. It
 * tries, in order, and stops at the first step that finds anyone:
 *
 * 1. an official id;
 * 2. a name equal up to case, diacritics, punctuation and al-/el- particles;
 * 3. a name equal up to transliteration noise (vowels, doubled letters, kh/h, q/gh/k, final h);
 * 4. a partial name whose every word matches a word of one name ("Juma Inad").
 *
 * If a step finds two or more people it throws `AmbiguousOfficialError` instead of
 * choosing; a name listed in an official's `distinctFrom` never resolves to them.
 *
 * @example
 * createOfficialMatcher(officials).resolve('Jumah Enad').name
 * //=> 'Juma Inad Saadoun Khattab al-Jubouri'
 */
export function createOfficialMatcher(officials: readonly Official[]): OfficialMatcher {
  const byId = new Map(officials.map((official) => [official.id, official]))
  const variants: NameVariant[] = officials.flatMap((official) =>
    [official.name, official.nativeName?.name, ...official.aliases.map((alias) => alias.name)]
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ official, exact: nameTokens(name).join(' '), keys: keysOf(name) })),
  )
  const notThesePeople = officials.flatMap((official) =>
    (official.distinctFrom ?? []).flatMap((person) =>
      [person.name, person.nativeName]
        .filter(Boolean)
        .map((name) => ({ official, person, keys: keysOf(name as string) })),
    ),
  )

  const decide = (input: string, matches: NameVariant[]): Official | undefined => {
    const people = [...new Map(matches.map(({ official }) => [official.id, official])).values()]
    if (people.length > 1) {
      throw new AmbiguousOfficialError(
        input,
        people.map(suggestionOf).sort((a, b) => a.name.localeCompare(b.name)),
      )
    }
    return people[0]
  }

  const suggestionsFor = (exact: string, keys: readonly string[]): OfficialSuggestion[] => {
    const scored = variants
      .map((variant) => ({
        official: variant.official,
        score: Math.min(
          editDistance(exact, variant.exact) / Math.max(exact.length, variant.exact.length, 1),
          keys.some((key) => variant.keys.includes(key)) ? 0.5 : 1,
        ),
      }))
      .filter(({ score }) => score <= 0.5)
      .sort((a, b) => a.score - b.score)
    return [...new Map(scored.map(({ official }) => [official.id, official])).values()]
      .slice(0, 3)
      .map(suggestionOf)
  }

  const byExactName = new Map<string, NameVariant[]>()
  for (const variant of variants) {
    const list = byExactName.get(variant.exact)
    if (list) list.push(variant)
    else byExactName.set(variant.exact, [variant])
  }
  // Records are frozen, so a name resolves the same way every time: remember it.
  const resolved = new Map<string, Official>()

  const resolveUncached = (input: string): Official => {
    if (typeof input !== 'string' || input.trim() === '') {
      throw new UnknownOfficialError(input, [], 'expected a non-empty name or an official id')
    }
    const byIdMatch = byId.get(input.trim())
    if (byIdMatch) return byIdMatch
    const exact = nameTokens(input).join(' ')
    const keys = keysOf(input)
    const exactMatch = decide(input, byExactName.get(exact) ?? [])
    if (exactMatch) return exactMatch
    const refused = notThesePeople.find(({ keys: personKeys }) => sameKeys(personKeys, keys))
    if (refused) {
      throw new UnknownOfficialError(
        input,
        [suggestionOf(refused.official)],
        `${refused.person.name} is not in the dataset and is not ${refused.official.name} (${refused.person.note})`,
      )
    }
    const folded =
      decide(
        input,
        variants.filter((variant) => sameKeys(variant.keys, keys)),
      ) ??
      decide(
        input,
        keys.length > 0 ? variants.filter((variant) => containsAll(variant.keys, keys)) : [],
      )
    if (folded) return folded
    throw new UnknownOfficialError(input, suggestionsFor(exact, keys))
  }

  return {
    resolve(input: string): Official {
      const known = resolved.get(input)
      if (known) return known
      const official = resolveUncached(input)
      if (resolved.size >= MEMO_LIMIT) resolved.clear()
      resolved.set(input, official)
      return official
    },
  }
}
