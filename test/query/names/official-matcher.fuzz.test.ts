import { describe, expect, it } from 'vitest'
import { officials } from '../../../src/index'
import { createOfficialMatcher } from '../../../src/query/names/official-matcher'
import { seededRandom } from '../../_helpers/seeded-random'
import { latinNamesOf, meantUnambiguously, misspell } from './misspellings'

const matcher = createOfficialMatcher(officials)

/**
 * Misspells random names and aliases of random officials with `edits` random edits
 * (deletion, insertion, substitution, swap) and resolves each. A misspelling at least
 * as near to another official's name is left out: no matcher can know whom it meant.
 */
function fuzz(edits: number, count: number, seed: number) {
  const random = seededRandom(seed)
  const tally = { correct: 0, refused: 0, wrong: [] as string[], leftOut: 0 }
  for (let drawn = 0; drawn < count; drawn++) {
    const official = officials[Math.floor(random() * officials.length)]
    const names = official ? latinNamesOf(official) : []
    if (!official || names.length === 0) continue
    let query = names[Math.floor(random() * names.length)] as string
    for (let edit = 0; edit < edits; edit++) query = misspell(query, random)
    if (!meantUnambiguously(query, official, officials)) {
      tally.leftOut++
      continue
    }
    try {
      const found = matcher.resolve(query)
      if (found.id === official.id) tally.correct++
      else tally.wrong.push(`${query} → ${found.name} (meant ${official.name})`)
    } catch {
      tally.refused++
    }
  }
  const counted = tally.correct + tally.refused + tally.wrong.length
  return { ...tally, share: tally.correct / counted }
}

// 20,000 misspellings in all; generous timeouts, since nothing here measures speed.
describe('name matching through typos (seeded fuzz)', { timeout: 300_000 }, () => {
  it('resolves at least 99% of one-edit misspellings, none to a wrong person', () => {
    const result = fuzz(1, 10_000, 7919)
    expect(result.wrong).toEqual([])
    expect(result.share).toBeGreaterThanOrEqual(0.99)
  })

  it('resolves at least 97% of two-edit misspellings, none to a wrong person', () => {
    const result = fuzz(2, 10_000, 15_838)
    expect(result.wrong).toEqual([])
    expect(result.share).toBeGreaterThanOrEqual(0.97)
  })
})
