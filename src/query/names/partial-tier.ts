import type { NameQuery } from './name-forms'
import type { NameIndex, NameVariant } from './name-index'

/**
 * True when the query's words appear among the name's words in the same order
 * ("Juma Inad" in "Juma Inad Saadoun"), so that "Sung Choi" never matches "Choi
 * Sung-soo" nor a reordered look-alike.
 *
 * @example
 * containsInOrder(['juma', 'inad', 'saadoun'], ['juma', 'inad']) //=> true
 * containsInOrder(['choi', 'sung', 'soo'], ['sung', 'choi']) //=> false
 */
export function containsInOrder(
  nameKeys: readonly string[],
  queryKeys: readonly string[],
): boolean {
  let from = 0
  return queryKeys.every((key) => {
    const position = nameKeys.indexOf(key, from)
    if (position === -1) return false
    from = position + 1
    return true
  })
}

/**
 * Tier 4, a partial name spelled as the dataset spells it: the names whose words
 * include every word of the query, in order. A partial name of one word must be one
 * of someone's words exactly ("Abbasi"): folded to a transliteration key alone, a lone
 * word is too weak a clue ("Malki" is also "Mulki"). When it is, everyone whose word
 * folds the same way is a candidate too, so that "Obeidi" stays ambiguous with
 * "Obaidi" rather than picking one.
 *
 * @example
 * new Set(partialMatches(index, nameQuery('Juma Inad')).map((v) => v.official.id)) //=> new Set(['off_mga91j'])
 */
export function partialMatches(index: NameIndex, query: NameQuery): readonly NameVariant[] {
  const { keys, exact } = query
  if (keys.length === 0) return []
  if (keys.length === 1) {
    const [key] = keys as [string]
    if (!index.variantsWithWord.has(exact)) return []
    return index.variantsWithKey.get(key) ?? []
  }
  const words = exact.split(' ')
  // A word spelled alike also folds alike, so the first word's key narrows the search;
  // words that fold to a bare vowel ("Ai", "II") have no useful key.
  const candidates = keys.some((key) => key.length < 2)
    ? index.allVariants()
    : (index.variantsWithKey.get(keys[0] as string) ?? [])
  return candidates.filter((variant) => containsInOrder(variant.words, words))
}

/**
 * Tier 6, a partial name in another transliteration: the names whose words fold to
 * the query's keys, in order ("Juma Enad" in "Juma Inad Saadoun"). It comes after the
 * typo tier because folding is loose: "Ali Allai" folds into "Ali Hussein Ali", yet
 * it is one letter from "Ali Allawi", which is what its writer meant.
 *
 * @example
 * new Set(partialKeyMatches(index, nameQuery('Juma Enad')).map((v) => v.official.id)) //=> new Set(['off_mga91j'])
 */
export function partialKeyMatches(index: NameIndex, query: NameQuery): readonly NameVariant[] {
  const { keys } = query
  // Words that fold to a bare vowel ("Ai", "II") say too little to match by key.
  if (keys.length < 2 || keys.some((key) => key.length < 2)) return []
  return (index.variantsWithKey.get(keys[0] as string) ?? []).filter((variant) =>
    containsInOrder(variant.keys, keys),
  )
}
