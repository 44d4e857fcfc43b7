import { describe, expect, it } from 'vitest'
import { boundedEditDistance } from '../../../src/core/text/closest-matches'
import { lazyTypoIndex, pairIndex } from '../../../src/query/names/typo-index'

/** Deterministic pseudo-random names over a small alphabet, so that near names are common. */
function names(count: number, seed: number, letters = 'abdeilmnorst'): string[] {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state
  }
  return Array.from({ length: count }, () => {
    const length = 4 + (next() % 9)
    let text = ''
    for (let index = 0; index < length; index++) text += letters[next() % letters.length]
    return text
  })
}

/** What every typo index must return: each text within `edits` edits, and maybe more. */
const near = (texts: readonly string[], text: string, edits: number) =>
  texts.flatMap((other, position) =>
    boundedEditDistance(text, other, edits) <= edits ? [position] : [],
  )

describe('typo indexes', () => {
  it('miss no text within the allowed edits, few texts or many', () => {
    for (const count of [300, 6000]) {
      const texts = names(count, count)
      const index = lazyTypoIndex(() => texts)()
      for (const query of names(200, 99)) {
        for (const edits of [1, 2]) {
          const candidates = new Set(index.candidates(query, edits))
          for (const position of near(texts, query, edits)) expect(candidates).toContain(position)
        }
      }
    }
  })

  it('scan every text of a nearby length when there are few', () => {
    const texts = ['abbasi', 'obeidi', 'al', 'yarallah']
    expect(lazyTypoIndex(() => texts)().candidates('abasi', 1)).toEqual([0, 1])
  })

  it('narrow the candidates by letter pairs when there are many', () => {
    const texts = names(6000, 6000, 'abcdefghijklmnopqrstuvwxyz')
    const longest = texts.reduce(
      (best, text, position) => (text.length > (texts[best] as string).length ? position : best),
      0,
    )
    const query = texts[longest] as string
    const byPairs = pairIndex(texts).candidates(query, 1)
    const byLength = texts.flatMap((text, position) =>
      Math.abs(text.length - query.length) <= 1 ? [position] : [],
    )
    expect(byPairs).toContain(longest)
    expect(byPairs.length).toBeLessThan(byLength.length / 4)
  })
})
