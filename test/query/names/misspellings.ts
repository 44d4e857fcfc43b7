import { nameTokens } from '../../../src/core/names/normalize-name'
import type { Official } from '../../../src/core/schema/official'
import { boundedEditDistance } from '../../../src/core/text/closest-matches'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One random edit of a name: a deletion, an insertion, a substitution or a swap of two letters. */
export function misspell(name: string, random: () => number): string {
  const at = Math.floor(random() * name.length)
  const letter = LETTERS[Math.floor(random() * LETTERS.length)] as string
  switch (Math.floor(random() * 4)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1)
    case 1:
      return name.slice(0, at) + letter + name.slice(at)
    case 2:
      return name.slice(0, at) + letter + name.slice(at + 1)
    default:
      return at + 1 < name.length
        ? name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2)
        : name
  }
}

/** Every Latin-script name and alias of an official, as written. */
export const latinNamesOf = (official: Official): string[] =>
  [official.name, ...official.aliases.map((alias) => alias.name)].filter((name) =>
    /^[\p{Script=Latin}\s'’.,()-]+$/u.test(name),
  )

const normalized = (name: string) => nameTokens(name).join(' ')

interface Prepared {
  readonly text: string
  readonly pairs: Map<string, number>
}

const pairsOf = (text: string) => {
  const pairs = new Map<string, number>()
  for (let index = 0; index + 1 < text.length; index++) {
    const pair = text.slice(index, index + 2)
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return pairs
}

/** Each official's Latin-script names, normalized once. */
const preparedNames = new WeakMap<Official, Prepared[]>()
const namesOf = (official: Official) => {
  let names = preparedNames.get(official)
  if (!names) {
    names = latinNamesOf(official)
      .map(normalized)
      .map((text) => ({ text, pairs: pairsOf(text) }))
    preparedNames.set(official, names)
  }
  return names
}

/**
 * The distance if it is at most `limit`, else more. An edit changes at most three
 * letter pairs, so strings sharing fewer pairs than that allows are skipped unmeasured.
 */
function distanceWithin(query: Prepared, name: Prepared, limit: number): number {
  const needed = Math.max(query.text.length, name.text.length) - 1 - 3 * limit
  if (needed > 0) {
    let shared = 0
    for (const [pair, count] of query.pairs) shared += Math.min(count, name.pairs.get(pair) ?? 0)
    if (shared < needed) return limit + 1
  }
  return boundedEditDistance(query.text, name.text, limit)
}

/**
 * True when the misspelling is strictly nearer to one of the intended official's
 * names than to any other official's: only then can a matcher know whom it meant.
 */
export function meantUnambiguously(
  misspelling: string,
  intended: Official,
  everyone: readonly Official[],
): boolean {
  const text = normalized(misspelling)
  const query = { text, pairs: pairsOf(text) }
  const own = Math.min(...namesOf(intended).map((name) => boundedEditDistance(text, name.text, 6)))
  // Another official at distance `own` or less makes it ambiguous; bound the work there.
  return everyone.every(
    (other) =>
      other.id === intended.id ||
      namesOf(other).every((name) => distanceWithin(query, name, own) > own),
  )
}
