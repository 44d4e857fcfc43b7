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
 * The candidates nearest to the input, for "did you mean" hints: at most `limit`,
 * nearest first, and only those within a distance of a third of the longer string.
 *
 * @example
 * closestMatches('meting', ['visit', 'meeting', 'call'])
 * //=> ['meeting']
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
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
