import type { Official } from '../../core/schema/official'
import { boundedEditDistance } from '../../core/text/closest-matches'
import type { NameQuery } from './name-forms'
import type { NameIndex, NameVariant } from './name-index'

/**
 * How many edits a mistyped name may be from the real one: none below four letters,
 * one for four to seven, two from eight.
 *
 * @example
 * allowedEdits('abasi') //=> 1
 */
export const allowedEdits = (letters: string): number =>
  letters.length >= 8 ? 2 : letters.length >= 4 ? 1 : 0

/**
 * Tier 5, a mistyped name: the variants of the one official with a name or alias
 * within the allowed edits, strictly nearer than anyone else's. A tie returns every
 * variant at the best distance (so the matcher reports it as ambiguous); a name as
 * near to a person known NOT to be that official returns nothing.
 *
 * @example
 * typoMatches(index, nameQuery('Thabet al-Abasi')).map((v) => v.official.id)[0] //=> 'off_6biaw6'
 */
export function typoMatches(index: NameIndex, query: NameQuery): NameVariant[] {
  const forms = query.compact
  const allowed = allowedEdits(forms[1])
  if (allowed === 0) return []
  // Distances beyond `allowed` only need to be known as "too far": a tie that matters
  // is a tie at the best distance, which is within it.
  const distances = new Map<number, number>()
  forms.forEach((text, form) => {
    for (const position of index.typoIndexes[form as 0 | 1]().candidates(text, allowed)) {
      const distance = boundedEditDistance(text, index.compactAt(position)[form as 0 | 1], allowed)
      distances.set(position, Math.min(distances.get(position) ?? allowed + 1, distance))
    }
  })
  // Only variants within the allowed edits are made; the others cannot be the nearest.
  const nearest = new Map<Official, number>()
  for (const [position, distance] of distances) {
    if (distance > allowed) continue
    const { official } = index.variantAt(position)
    nearest.set(official, Math.min(nearest.get(official) ?? distance, distance))
  }
  const best = Math.min(...nearest.values())
  if (!(best <= allowed)) return []
  const atBest = [...nearest]
    .filter(([, distance]) => distance === best)
    .flatMap(([official]) => index.variantPositionsOf(official))
    .sort((a, b) => a - b)
    .map(index.variantAt)
  const people = new Set(atBest.map((variant) => variant.official.id))
  if (people.size > 1) return atBest
  const refused = index.knownOthers.some(
    ({ compact }) =>
      Math.min(
        boundedEditDistance(forms[0], compact[0], best),
        boundedEditDistance(forms[1], compact[1], best),
      ) <= best,
  )
  return refused ? [] : atBest
}
