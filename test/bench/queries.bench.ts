import { bench, describe } from 'vitest'
import { byCountry, byOfficial, engagements, getEngagement, timeline } from '../../src/index'

// Compare each helper with the linear scan it replaces, in the same run: the ratio
// is what matters on a shared, noisy machine, not the absolute time.
const ids = engagements.map((engagement) => engagement.id.slice())
const codes = ['IR', 'KR', 'PK', 'US', 'EG', 'TR']
let cursor = 0
const next = <T>(list: readonly T[]) => list[cursor++ % list.length] as T

byCountry('IQ') // build the indexes before timing

describe('byCountry', () => {
  bench('byCountry(code) (index)', () => {
    byCountry(next(codes))
  })
  bench('engagements.filter(countries.includes) (linear)', () => {
    const code = next(codes)
    engagements.filter((engagement) => engagement.countries.includes(code))
  })
})

describe('byOfficial', () => {
  bench('byOfficial(id) (index)', () => {
    byOfficial('off_mga91j')
  })
  bench('byOfficial(name with transliteration noise)', () => {
    byOfficial('Jumah Enad Saadoun')
  })
  bench('engagements.filter(participants.some) (linear)', () => {
    engagements.filter((engagement) =>
      engagement.participants.some((p) => p.officialId === 'off_mga91j'),
    )
  })
})

describe('getEngagement', () => {
  bench('getEngagement(id) (map)', () => {
    getEngagement(next(ids))
  })
  bench('engagements.find (linear)', () => {
    const id = next(ids)
    engagements.find((engagement) => engagement.id === id)
  })
})

describe('timeline one-year window', () => {
  bench('timeline({ from, to }) (binary search)', () => {
    timeline({ from: '2020', to: '2020' })
  })
  bench('engagements.filter(overlap) (linear)', () => {
    engagements.filter(
      (engagement) =>
        (engagement.startDate === null || engagement.startDate <= '2020-12-31') &&
        (engagement.endDate === null || engagement.endDate >= '2020-01-01'),
    )
  })
})
