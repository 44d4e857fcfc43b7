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

/** Three rows of the distance table, reused by every call: the typo tier makes thousands. */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
]

/**
 * Edit distance with adjacent transpositions (optimal string alignment), computed
 * only up to `limit`: any distance above it is reported as `limit + 1`. Only the cells
 * within `limit` of the diagonal are computed (any path through another costs more),
 * in three reused rows, and the work stops as soon as a whole row is past the limit,
 * so comparing one name against many stays cheap even in code not yet optimised.
 *
 * @example
 * boundedEditDistance('Obiedi', 'Obeidi', 2) //=> 1
 * boundedEditDistance('Hatami', 'Shamkhani', 2) //=> 3
 */
export function boundedEditDistance(left: string, right: string, limit: number): number {
  const beyond = limit + 1
  if (Math.abs(left.length - right.length) > limit) return beyond
  const width = right.length + 2
  if (rows[0].length < width) {
    rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)]
  }
  let [beforePrevious, previous, current] = rows
  for (let column = 0; column <= right.length; column++) {
    previous[column] = Math.min(column, beyond)
  }
  previous[right.length + 1] = beyond
  for (let row = 1; row <= left.length; row++) {
    const from = Math.max(1, row - limit)
    const to = Math.min(right.length, row + limit)
    current[0] = Math.min(row, beyond)
    // The neighbours just outside the band count as too far for the next row.
    current[from - 1] = from === 1 ? current[0] : beyond
    let rowMinimum = current[0] as number
    for (let column = from; column <= to; column++) {
      const substitution = left[row - 1] === right[column - 1] ? 0 : 1
      let cost = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + substitution,
      )
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        cost = Math.min(cost, (beforePrevious[column - 2] as number) + 1)
      }
      current[column] = Math.min(cost, beyond)
      if (cost < rowMinimum) rowMinimum = cost
    }
    current[to + 1] = beyond
    if (rowMinimum > limit) return beyond
    ;[beforePrevious, previous, current] = [previous, current, beforePrevious]
  }
  return Math.min(previous[right.length] as number, beyond)
}
