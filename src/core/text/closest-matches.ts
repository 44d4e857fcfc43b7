/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions).
 *
 * @example
 * editDistance('meting', 'meeting') //=> 1
 */
export function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let row = 1; row <= left.length; row++) {
    const current = [row]
    for (let column = 1; column <= right.length; column++) {
      const substitution =
        (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1)
      current.push(
        Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution),
      )
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

/**
 * Inputs longer than this get no "did you mean" suggestions: no name or value is that long.
 *
 * @example
 * MAX_SUGGESTION_INPUT //=> 120
 * closestMatches(`meting${' '.repeat(MAX_SUGGESTION_INPUT)}`, ['meeting']) //=> []
 */
export const MAX_SUGGESTION_INPUT = 120

/**
 * The candidates nearest to the input, for "did you mean" hints: at most `limit`,
 * nearest first, and only those within a distance of a third of the longer string.
 *
 * @example
 * closestMatches('meting', ['visit', 'meeting', 'call'])
 * //=> ['meeting']
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  // Nothing is near an input far longer than any candidate: answer at once, whatever its size.
  if (input.length > MAX_SUGGESTION_INPUT) return []
  const needle = input.toLowerCase()
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(needle, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, distance }) =>
        distance <= Math.max(2, Math.ceil(Math.max(needle.length, candidate.length) / 3)),
    )
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate)
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), computed
 * only up to `limit`: any distance above it is reported as `limit + 1`, and the work
 * stops as soon as that is certain, so comparing against many names stays cheap.
 *
 * @example
 * boundedEditDistance('Obiedi', 'Obeidi', 2) //=> 1
 * boundedEditDistance('Hatami', 'Shamkhani', 2) //=> 3
 */
export function boundedEditDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1
  let beforePrevious: number[] = []
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let row = 1; row <= left.length; row++) {
    const current = [row]
    let rowMinimum = row
    for (let column = 1; column <= right.length; column++) {
      const same = left[row - 1] === right[column - 1]
      let cost = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + (same ? 0 : 1),
      )
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        cost = Math.min(cost, (beforePrevious[column - 2] ?? 0) + 1)
      }
      current.push(cost)
      rowMinimum = Math.min(rowMinimum, cost)
    }
    if (rowMinimum > limit) return limit + 1
    beforePrevious = previous
    previous = current
  }
  return Math.min(previous[right.length] ?? 0, limit + 1)
}
