import { describe, expect, it } from 'vitest'
import { daysBefore } from '../../../src/core/dates/day-ranges'
import { seededRandom } from '../../_helpers/seeded-random'

const DAY_MS = 86_400_000
/** What `Date` says: the oracle the calendar arithmetic must agree with. */
const byDate = (day: string, count: number) =>
  new Date(Date.parse(day) - count * DAY_MS).toISOString().slice(0, 10)
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

describe('daysBefore', () => {
  it('agrees with Date on every day from 1899 to 2101, for spans up to four years', () => {
    const wrong: string[] = []
    for (let time = Date.parse('1899-01-01'); time <= Date.parse('2101-12-31'); time += DAY_MS) {
      const day = isoDay(time)
      for (const count of [0, 1, 28, 29, 365, 366, 1461]) {
        if (daysBefore(day, count) !== byDate(day, count)) wrong.push(`${day} - ${count}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('agrees with Date on 20,000 random days and spans across years 0001 to 9999', () => {
    const random = seededRandom(9)
    const first = Date.parse('0001-01-01')
    const span = Date.parse('9999-12-31') - first
    const wrong: string[] = []
    for (let sample = 0; sample < 20_000; sample++) {
      const time = first + Math.floor((random() * span) / DAY_MS) * DAY_MS
      const count = Math.floor(random() * 50_000)
      if (time - count * DAY_MS < Date.parse('0000-01-01')) continue
      const day = isoDay(time)
      if (daysBefore(day, count) !== byDate(day, count)) wrong.push(`${day} - ${count}`)
    }
    expect(wrong).toEqual([])
  })

  it('stops at 0000-01-01, which sorts before every day the dataset holds', () => {
    expect(daysBefore('0001-01-10', 400)).toBe('0000-01-01')
    expect(daysBefore('0001-01-01', 366)).toBe('0000-01-01')
    expect(daysBefore('0001-01-01', 365)).toBe('0000-01-02')
  })
})
