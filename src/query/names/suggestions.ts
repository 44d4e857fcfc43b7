import type { OfficialSuggestion } from '../../core/errors'
import { boundedEditDistance } from '../../core/text/closest-matches'
import type { NameQuery } from './name-forms'
import type { NameIndex } from './name-index'
import { suggestionOf } from './one-official'

/**
 * Up to three officials to suggest when a name matches nobody: those whose names
 * are within half their length in edits, or share a word's transliteration key.
 *
 * @example
 * suggestionsFor(index, nameQuery('Abbasy Thabit')).length > 0 //=> true
 */
export function suggestionsFor(index: NameIndex, query: NameQuery): OfficialSuggestion[] {
  const { exact, keys } = query
  const scored = index
    .allVariants()
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
