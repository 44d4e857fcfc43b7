import { describe, expect, it } from 'vitest'
import { boundedEditDistance } from '../../../src/core/text/closest-matches'

/** The full table, written for clarity: optimal string alignment distance, uncapped. */
function reference(left: string, right: string): number {
  const table = Array.from({ length: left.length + 1 }, (_, row) =>
    Array.from({ length: right.length + 1 }, (_, column) =>
      row === 0 ? column : column === 0 ? row : 0,
    ),
  )
  for (let row = 1; row <= left.length; row++) {
    for (let column = 1; column <= right.length; column++) {
      const cell = table[row] as number[]
      const above = table[row - 1] as number[]
      cell[column] = Math.min(
        (above[column] as number) + 1,
        (cell[column - 1] as number) + 1,
        (above[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1),
      )
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        cell[column] = Math.min(
          cell[column] as number,
          ((table[row - 2] as number[])[column - 2] as number) + 1,
        )
      }
    }
  }
  return (table[left.length] as number[])[right.length] as number
}

/** A small deterministic generator, so that a failure can be replayed. */
function* randomStrings(seed: number, count: number): Generator<[string, string]> {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state
  }
  const word = () => {
    const length = next() % 11
    let text = ''
    for (let index = 0; index < length; index++) text += 'abcd'[next() % 4]
    return text
  }
  for (let index = 0; index < count; index++) {
    const left = word()
    // Half the pairs are near each other: the same word with a few edits.
    if (next() % 2 === 0) yield [left, word()]
    else {
      const chars = [...left]
      const edits = next() % 4
      for (let edit = 0; edit < edits; edit++) {
        const at = chars.length === 0 ? 0 : next() % chars.length
        const kind = next() % 4
        if (kind === 0) chars.splice(at, 1)
        else if (kind === 1) chars.splice(at, 0, 'abcd'[next() % 4] as string)
        else if (kind === 2) chars[at] = 'abcd'[next() % 4] as string
        else if (at + 1 < chars.length)
          [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string]
      }
      yield [left, chars.join('')]
    }
  }
}

describe('boundedEditDistance', () => {
  it('equals the full table, capped at limit + 1, for 20,000 pairs and limits 0 to 3', () => {
    for (const [left, right] of randomStrings(7, 20_000)) {
      const exact = reference(left, right)
      for (let limit = 0; limit <= 3; limit++) {
        expect([left, right, limit, boundedEditDistance(left, right, limit)]).toEqual([
          left,
          right,
          limit,
          Math.min(exact, limit + 1),
        ])
      }
    }
  })

  it('counts a swap of neighbours as one edit and reuses its rows across lengths', () => {
    expect(boundedEditDistance('Obiedi', 'Obeidi', 2)).toBe(1)
    expect(boundedEditDistance('x'.repeat(200), `${'x'.repeat(199)}y`, 2)).toBe(1)
    expect(boundedEditDistance('ab', 'ba', 1)).toBe(1)
    expect(boundedEditDistance('', 'ab', 2)).toBe(2)
    expect(boundedEditDistance('', 'abc', 2)).toBe(3)
  })
})
