import { UnknownOfficialError } from '../../core/errors'
import { ID_PREFIXES } from '../../core/record-kinds'
import type { Official } from '../../core/schema/official'
import { MAX_SUGGESTION_INPUT } from '../../core/text/closest-matches'
import { nameQuery } from './name-forms'
import { buildNameIndex, knownOtherNamed, type NameIndex } from './name-index'
import { oneOfficial, suggestionOf } from './one-official'
import { partialKeyMatches, partialMatches } from './partial-tier'
import type { PreparedNameIndex } from './prepare-name-index'
import { suggestionsFor } from './suggestions'
import { typoMatches } from './typo-tier'

/** How many resolved names to remember; a bound so arbitrary input cannot grow memory. */
const MEMO_LIMIT = 1024

/** Resolves names and ids to officials; see {@link createOfficialMatcher}. */
export interface OfficialMatcher {
  /** The one official a name or id means; throws when it means nobody or several people. */
  resolve(nameOrId: string): Official
}

function resolveUncached(index: NameIndex, input: string): Official {
  if (typeof input !== 'string' || input.trim() === '') {
    throw new UnknownOfficialError(input, [], 'expected a non-empty name or an official id')
  }
  if (input.length > MAX_SUGGESTION_INPUT) {
    throw new UnknownOfficialError(input, [], 'longer than any name in the dataset')
  }
  // Only a text shaped like an id can be one; a name skips the id map.
  const trimmed = input.trim()
  const byId = trimmed.startsWith(`${ID_PREFIXES.official}_`) ? index.byId.get(trimmed) : undefined
  if (byId) return byId
  const query = nameQuery(input)
  const exact = oneOfficial(input, index.byExactName.get(query.exact) ?? [])
  if (exact) return exact
  const other = knownOtherNamed(index, query)
  if (other) {
    throw new UnknownOfficialError(
      input,
      [suggestionOf(other.official)],
      `${other.person.name} is not in the dataset and is not ${other.official.name} (${other.person.note})`,
    )
  }
  const found =
    oneOfficial(input, index.byKeys.get(query.keys.join(' ')) ?? []) ??
    oneOfficial(input, partialMatches(index, query)) ??
    oneOfficial(input, typoMatches(index, query)) ??
    oneOfficial(input, partialKeyMatches(index, query))
  if (found) return found
  throw new UnknownOfficialError(input, suggestionsFor(index, query))
}

/**
 * Builds a matcher over officials' canonical, native-script and alias names. It
 * tries, in order, and stops at the first tier that finds anyone:
 *
 * 1. an official id;
 * 2. a name equal up to case, diacritics, punctuation and al-/el- particles
 *    (a person known NOT to be an official, from its `distinctFrom`, is refused here);
 * 3. a name equal up to transliteration noise (vowels, doubled letters, kh/h, q/gh/k,
 *    final h);
 * 4. a partial name whose every word is a word of one name, in order
 *    ("Juma Inad"; `partial-tier.ts`);
 * 5. a mistyped name within one or two edits of one person's name (`typo-tier.ts`);
 * 6. a partial name whose words match one name's words up to transliteration noise,
 *    in order ("Juma Enad"; `partial-tier.ts`).
 *
 * If a tier finds two or more people it throws `AmbiguousOfficialError` instead of
 * choosing. The indexes live in `name-index.ts`; `prepared` passes the name index the
 * build prepared for the shipped officials.
 *
 * @example
 * createOfficialMatcher(officials).resolve('Jumah Enad').name
 * //=> 'Juma Inad Saadoun Khattab al-Jubouri'
 */
export function createOfficialMatcher(
  officials: readonly Official[],
  prepared?: PreparedNameIndex,
): OfficialMatcher {
  const index = buildNameIndex(officials, prepared)
  // Records are frozen, so a name resolves the same way every time: remember it.
  const resolved = new Map<string, Official>()
  return {
    resolve(input: string): Official {
      const known = resolved.get(input)
      if (known) return known
      const official = resolveUncached(index, input)
      if (resolved.size >= MEMO_LIMIT) resolved.clear()
      resolved.set(input, official)
      return official
    },
  }
}
