import {
  AmbiguousOfficialError,
  type OfficialSuggestion,
  UnknownOfficialError,
} from '../../core/errors'
import { nameTokens } from '../../core/names/normalize-name'
import { transliterationKey } from '../../core/names/transliteration-key'
import type { Official } from '../../core/schema/official'
import { boundedEditDistance, MAX_SUGGESTION_INPUT } from '../../core/text/closest-matches'
import { lettersOnly } from '../../core/text/lookup-key'

/** How many resolved names to remember; a bound so arbitrary input cannot grow memory. */
const MEMO_LIMIT = 1024

interface NameVariant {
  readonly official: Official
  /** Case-, diacritic-, punctuation- and particle-insensitive form. */
  readonly exact: string
  /** One transliteration key per word. */
  readonly keys: readonly string[]
  /** The words themselves, for partial names of one word, which must match exactly. */
  readonly words: readonly string[]
  /** Letters only, with and without particles, for typos that hit a space or an "al-". */
  readonly compact: readonly [string, string]
}

/** Resolves names and ids to officials; see {@link createOfficialMatcher}. */
export interface OfficialMatcher {
  /** The one official a name or id means; throws when it means nobody or several people. */
  resolve(nameOrId: string): Official
}

const keysOf = (name: string) => nameTokens(name).map(transliterationKey)

/** How often each pair of adjacent letters occurs in a string. */
function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>()
  for (let index = 0; index + 1 < text.length; index++) {
    const pair = text.slice(index, index + 2)
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return pairs
}

/** Finds the names that may lie within a few edits of a text, without measuring them all. */
interface TypoIndex {
  /** Indexes of the names within `edits` edits of the text, and a few more. */
  candidates(text: string, edits: number): number[]
}

/**
 * An index over one compact form of every name: by length, and by letter pair. An
 * edit changes at most three letter pairs, so a name within `edits` edits shares all
 * but `3 × edits` of the pairs of the longer string; counting shared pairs through
 * the index finds those names while touching only the ones that share a pair.
 * Built on the first mistyped name.
 */
function lazyTypoIndex(variants: readonly NameVariant[], form: 0 | 1): () => TypoIndex {
  let index: TypoIndex | undefined
  return () => {
    if (index) return index
    // Per length, the names and their letter-pair postings: a query looks only at
    // names of nearby lengths.
    const byLength = new Map<number, { names: number[]; pairs: Map<string, [number, number][]> }>()
    const shared = new Int32Array(variants.length)
    variants.forEach((variant, position) => {
      const text = variant.compact[form]
      let bucket = byLength.get(text.length)
      if (!bucket) {
        bucket = { names: [], pairs: new Map() }
        byLength.set(text.length, bucket)
      }
      bucket.names.push(position)
      for (const [pair, count] of letterPairs(text)) {
        const list = bucket.pairs.get(pair)
        if (list) list.push([position, count])
        else bucket.pairs.set(pair, [[position, count]])
      }
    })
    index = {
      candidates(text, edits) {
        const found: number[] = []
        const pairs = letterPairs(text)
        for (let length = text.length - edits; length <= text.length + edits; length++) {
          const bucket = byLength.get(length)
          if (!bucket) continue
          const needed = Math.max(text.length, length) - 1 - 3 * edits
          if (needed <= 0) {
            found.push(...bucket.names)
            continue
          }
          for (const [pair, count] of pairs) {
            for (const [position, theirs] of bucket.pairs.get(pair) ?? []) {
              shared[position] = (shared[position] ?? 0) + Math.min(count, theirs)
            }
          }
          for (const position of bucket.names) {
            if ((shared[position] ?? 0) >= needed) found.push(position)
            shared[position] = 0
          }
        }
        return found
      },
    }
    return index
  }
}

/** A name's letters alone: with its particles, and without them (as nameTokens drops them). */
function compactForms(name: string): [string, string] {
  return [lettersOnly(name), nameTokens(name).join('')]
}
const suggestionOf = ({ id, name }: Official): OfficialSuggestion => ({ id, name })
const sameKeys = (left: readonly string[], right: readonly string[]) =>
  left.length === right.length && left.every((key, index) => key === right[index])

/**
 * True when the query's words appear among the name's words in the same order
 * ("Juma Inad" in "Juma Inad Saadoun"), so that "Sung Choi" never matches "Choi
 * Sung-soo" nor a reordered look-alike.
 */
function containsInOrder(nameKeys: readonly string[], queryKeys: readonly string[]): boolean {
  let from = 0
  return queryKeys.every((key) => {
    const position = nameKeys.indexOf(key, from)
    if (position === -1) return false
    from = position + 1
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
      .map((name) => {
        const words = nameTokens(name)
        return {
          official,
          exact: words.join(' '),
          keys: words.map(transliterationKey),
          words,
          compact: compactForms(name),
        }
      }),
  )
  // People known NOT to be an official. One who is in the dataset too (Nouri al-Maliki,
  // listed as distinct from Samir Al-Maliki) is found by name like anyone else.
  const notThesePeople = officials
    .flatMap((official) =>
      (official.distinctFrom ?? []).flatMap((person) =>
        [person.name, person.nativeName].filter(Boolean).map((name) => ({
          official,
          person,
          keys: keysOf(name as string),
          compact: compactForms(name as string),
        })),
      ),
    )
    .filter(({ keys }) => !variants.some((variant) => sameKeys(variant.keys, keys)))

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
      .map((variant) => {
        const longer = Math.max(exact.length, variant.exact.length, 1)
        // Only distances up to half the length count, so the computation stops there.
        const limit = Math.floor(longer / 2)
        return {
          official: variant.official,
          score: Math.min(
            boundedEditDistance(exact, variant.exact, limit) / longer,
            keys.some((key) => variant.keys.includes(key)) ? 0.5 : 1,
          ),
        }
      })
      .filter(({ score }) => score <= 0.5)
      .sort((a, b) => a.score - b.score)
    return [...new Map(scored.map(({ official }) => [official.id, official])).values()]
      .slice(0, 3)
      .map(suggestionOf)
  }

  // A partial name of one word must be one of someone's words exactly ("Abbasi"): folded to
  // a transliteration key alone, a lone word is too weak a clue ("Malki" is also "Mulki").
  // When it is, everyone whose word folds the same way is a candidate too, so that
  // "Obeidi" stays ambiguous with "Obaidi" rather than picking one.
  const partialMatches = (exact: string, keys: readonly string[]): NameVariant[] => {
    if (keys.length === 0) return []
    if (keys.length === 1) {
      const [key] = keys as [string]
      if (!variantsWithWord.has(exact)) return []
      return variantsWithKey.get(key) ?? []
    }
    // Words that fold to a bare vowel ("Ai", "II") say too little to match by key.
    if (keys.some((key) => key.length < 2)) {
      const words = exact.split(' ')
      return variants.filter((variant) => containsInOrder(variant.words, words))
    }
    return (variantsWithKey.get(keys[0] as string) ?? []).filter((variant) =>
      containsInOrder(variant.keys, keys),
    )
  }

  /**
   * Tier 5, a mistyped name: the one official with a name or alias within a few
   * edits (one for names of four to seven letters, two from eight), strictly nearer than anyone
   * else's; a tie is ambiguous, and a name as near to a person known not to be the
   * official refuses, as in tier 2.
   */
  const typoIndexes = [0, 1].map((form) => lazyTypoIndex(variants, form as 0 | 1))

  const closestByTypo = (input: string): Official | undefined => {
    const forms = compactForms(input)
    const allowed = forms[1].length >= 8 ? 2 : forms[1].length >= 4 ? 1 : 0
    if (allowed === 0) return undefined
    // Distances beyond `allowed` only need to be known as "too far": a tie that matters
    // is a tie at the best distance, which is within it.
    const limit = allowed
    const distances = new Map<number, number>()
    forms.forEach((text, form) => {
      for (const index of typoIndexes[form]?.().candidates(text, limit) ?? []) {
        const variant = variants[index] as NameVariant
        const distance = boundedEditDistance(text, variant.compact[form as 0 | 1], limit)
        distances.set(index, Math.min(distances.get(index) ?? limit + 1, distance))
      }
    })
    const nearest = new Map<string, { official: Official; distance: number }>()
    for (const [index, distance] of distances) {
      const { official } = variants[index] as NameVariant
      const known = nearest.get(official.id)
      if (!known || distance < known.distance) nearest.set(official.id, { official, distance })
    }
    const ranked = [...nearest.values()].sort((a, b) => a.distance - b.distance)
    const [best, second] = ranked
    if (!best || best.distance > allowed) return undefined
    if (second && second.distance === best.distance) {
      return decide(
        input,
        variants.filter((variant) => nearest.get(variant.official.id)?.distance === best.distance),
      )
    }
    const refused = notThesePeople.some(
      ({ compact }) =>
        Math.min(
          boundedEditDistance(forms[0], compact[0], best.distance),
          boundedEditDistance(forms[1], compact[1], best.distance),
        ) <= best.distance,
    )
    return refused ? undefined : best.official
  }

  const byExactName = new Map<string, NameVariant[]>()
  const byKeys = new Map<string, NameVariant[]>()
  const variantsWithKey = new Map<string, NameVariant[]>()
  const variantsWithWord = new Map<string, NameVariant[]>()
  const add = (map: Map<string, NameVariant[]>, key: string, variant: NameVariant) => {
    const list = map.get(key)
    if (list) list.push(variant)
    else map.set(key, [variant])
  }
  for (const variant of variants) {
    add(byExactName, variant.exact, variant)
    add(byKeys, variant.keys.join(' '), variant)
    for (const key of new Set(variant.keys)) add(variantsWithKey, key, variant)
    for (const word of new Set(variant.words)) add(variantsWithWord, word, variant)
  }
  // Records are frozen, so a name resolves the same way every time: remember it.
  const resolved = new Map<string, Official>()

  const resolveUncached = (input: string): Official => {
    if (typeof input !== 'string' || input.trim() === '') {
      throw new UnknownOfficialError(input, [], 'expected a non-empty name or an official id')
    }
    if (input.length > MAX_SUGGESTION_INPUT) {
      throw new UnknownOfficialError(input, [], 'longer than any name in the dataset')
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
      decide(input, byKeys.get(keys.join(' ')) ?? []) ?? decide(input, partialMatches(exact, keys))
    if (folded) return folded
    const typo = closestByTypo(input)
    if (typo) return typo
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
