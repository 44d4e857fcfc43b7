import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../src/core/dates/day-ranges'
import {
  byCountry,
  byOfficial,
  engagements,
  InvalidDateError,
  InvalidDateRangeError,
  InvalidOptionError,
  timeline,
  UnknownCountryError,
} from '../../src/index'

const dates = (list: readonly { date: string }[]) => list.map((engagement) => engagement.date)

describe('timeline', () => {
  it('returns every engagement in chronological order by default', () => {
    expect(timeline()).toEqual(engagements)
  })

  it('treats a period bound as the whole period', () => {
    const november = timeline({ from: '2020-11', to: '2020-11' })
    expect(november).toEqual(
      engagements.filter((engagement) => overlaps(engagement, '2020-11-01', '2020-11-30')),
    )
    // The month-precise AOI meeting sorts by the first day of the visit it took place in.
    const ids = november.map((engagement) => engagement.id)
    expect(ids.indexOf('eng_uh7ty9')).toBeGreaterThan(ids.indexOf('eng_2d5tlm'))
    expect(timeline({ from: '2013', to: '2013' })).toEqual(
      timeline({ from: '2013-01-01', to: '2013-12-31' }),
    )
  })

  it('matches an engagement whose range overlaps the window, not only one that starts in it', () => {
    const visit = timeline({ from: '2021-02-27', to: '2021-02-27' }).map(
      (engagement) => engagement.id,
    )
    expect(visit).toContain('eng_57vbpo') // the 24-27 February 2021 visit
    expect(visit).toContain('eng_s4tmm2') // the February 2021 meeting known only to the month
    expect(visit).not.toContain('eng_cxcxzi') // the 25 February meeting
  })

  it('keeps an engagement with an unknown end in every later window', () => {
    expect(
      timeline({ from: '2025-06-01', to: '2025-06-30' }).map((engagement) => engagement.id),
    ).toContain('eng_kmx43u')
    expect(timeline({ to: '2024-11-11' }).map((engagement) => engagement.id)).not.toContain(
      'eng_kmx43u',
    )
  })

  it('keeps an engagement with an unknown start in every earlier window, grouped by its end', () => {
    // eng_tusp7u: training "recently" completed by 1 June 2004, start unknown.
    const ids = (from: string, to: string) =>
      timeline({ from, to }).map((engagement) => engagement.id)
    expect(ids('2003-05-01', '2003-05-31')).toContain('eng_tusp7u')
    expect(ids('2004-06-02', '2004-12-31')).not.toContain('eng_tusp7u')
    const group = timeline({ to: '2004-06-01', groupBy: 'month' }).find((candidate) =>
      candidate.engagements.some((engagement) => engagement.id === 'eng_tusp7u'),
    )
    expect(group?.key).toBe('2004-06')
  })

  it('accepts Date bounds by their UTC day, whatever the local time zone', () => {
    const late = new Date('2021-02-24T23:30:00Z')
    expect(timeline({ from: late, to: late })).toEqual(
      timeline({ from: '2021-02-24', to: '2021-02-24' }),
    )
  })

  it('filters by country, official, type and status, and combines them', () => {
    expect(timeline({ country: 'Iran' })).toEqual(byCountry('IR'))
    expect(timeline({ official: 'Juma Inad' })).toEqual(byOfficial('Juma Inad'))
    const visits = timeline({ country: 'Pakistan', type: 'visit', from: '2021' })
    expect(
      visits.every(
        (engagement) => engagement.type === 'visit' && engagement.countries.includes('PK'),
      ),
    ).toBe(true)
    expect(dates(visits)[0]).toBe('2021-01-24/2021-01-27')
    const announced = timeline({ status: 'announced' })
    expect(announced.length).toBeGreaterThan(0)
    expect(announced).toEqual(engagements.filter((engagement) => engagement.status === 'announced'))
    const either = timeline({ type: ['summit', 'announcement'] })
    expect(new Set(either.map((engagement) => engagement.type))).toEqual(
      new Set(['summit', 'announcement']),
    )
    expect(either).toEqual(
      engagements.filter((engagement) => ['summit', 'announcement'].includes(engagement.type)),
    )
  })

  it('reverses with order: desc', () => {
    expect(timeline({ country: 'KR', order: 'desc' })).toEqual([...byCountry('KR')].reverse())
  })

  it('groups by year or month, a year-only record under its year', () => {
    const byYear = timeline({ groupBy: 'year' })
    const yearOf = (engagement: (typeof engagements)[number]) =>
      (engagement.startDate ?? engagement.endDate ?? engagement.date).slice(0, 4)
    for (const { key, engagements: group } of byYear) {
      expect(group).toEqual(engagements.filter((engagement) => yearOf(engagement) === key))
    }
    expect(byYear.map(({ key }) => key)).toEqual([...new Set(engagements.map(yearOf))])
    expect(byYear.flatMap((group) => group.engagements)).toEqual(engagements)
    // A year with a record known only to the year, taken from the data so that dating one
    // more precisely does not break the test.
    const yearOnly = engagements.find((engagement) => engagement.precision === 'year')
    expect(yearOnly).toBeDefined()
    const year = yearOf(yearOnly as (typeof engagements)[number])
    const byMonth = timeline({ from: year, to: year, groupBy: 'month' })
    const keys = byMonth.map((group) => group.key)
    // A record known only to the year stays under the year; the rest under their month.
    expect(keys).toContain(year)
    for (const { key, engagements: group } of byMonth) {
      if (key === year)
        expect(group.every((engagement) => engagement.precision === 'year')).toBe(true)
      else expect(key).toMatch(new RegExp(`^${year}-\\d\\d$`))
    }
    expect(byMonth.flatMap((group) => group.engagements)).toEqual(
      timeline({ from: year, to: year }),
    )
  })

  it('returns frozen arrays', () => {
    expect(Object.isFrozen(timeline({ from: '2020' }))).toBe(true)
    const [group] = timeline({ groupBy: 'year' })
    expect(Object.isFrozen(group)).toBe(true)
    expect(Object.isFrozen(group?.engagements)).toBe(true)
  })
})

describe('timeline rejects bad input with typed errors', () => {
  it.each([
    [
      { from: '2021', to: '2020' },
      InvalidDateRangeError,
      '`to` (2020-12-31) is before `from` (2021-01-01); swap them or widen the range',
    ],
    [
      { from: '2020-13' },
      InvalidDateError,
      'Invalid `from` date "2020-13": month 13 does not exist in "2020-13" (seasons 21-24 are not used)',
    ],
    [
      { to: 'last week' },
      InvalidDateError,
      'Invalid `to` date "last week": expected a Date, or a string YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { from: '2020~' },
      InvalidDateError,
      'Invalid `from` date "2020~": expected a Date, or a string YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { to: '2020-11-26?' },
      InvalidDateError,
      'Invalid `to` date "2020-11-26?": expected a Date, or a string YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { from: new Date('nonsense') },
      InvalidDateError,
      'Invalid `from` date Invalid Date: the Date is invalid',
    ],
    [
      { from: '2021-02-29' },
      InvalidDateError,
      'Invalid `from` date "2021-02-29": February 2021 has 28 days, so 2021-02-29 does not exist',
    ],
    [
      { type: 'vist' },
      InvalidOptionError,
      /Invalid `type` "vist": expected one of .*; did you mean "visit"\?/,
    ],
    [{ status: 'happened' }, InvalidOptionError, /Invalid `status` "happened"/],
    [
      { order: 'newest' },
      InvalidOptionError,
      'Invalid `order` "newest": expected one of "asc", "desc"',
    ],
    [
      { groupBy: 'week' },
      InvalidOptionError,
      'Invalid `groupBy` "week": expected one of "year", "month"',
    ],
    [{ form: '2020' }, InvalidOptionError, /Invalid `option` "form": .*; did you mean "from"\?/],
    [{ country: 'Atlantis' }, UnknownCountryError, /Unknown country "Atlantis"/],
  ])('%j', (options, errorClass, message) => {
    expect(() => timeline(options as never)).toThrow(errorClass)
    expect(() => timeline(options as never)).toThrow(message)
  })
})

describe('timeline properties', () => {
  const day = fc
    .date({
      min: new Date('2003-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10))
  const bound = fc.option(
    fc.oneof(
      day,
      day.map((text) => text.slice(0, 7)),
      day.map((text) => text.slice(0, 4)),
    ),
    { nil: undefined },
  )
  const firstDay = (text: string) =>
    text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text
  const lastDay = (text: string) =>
    text.length === 4
      ? `${text}-12-31`
      : text.length === 7
        ? new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)), 0))
            .toISOString()
            .slice(0, 10)
        : text

  it('returns exactly the engagements whose range overlaps [from, to], in order', () => {
    fc.assert(
      fc.property(bound, bound, (from, to) => {
        const fromDay = from === undefined ? undefined : firstDay(from)
        const toDay = to === undefined ? undefined : lastDay(to)
        fc.pre(fromDay === undefined || toDay === undefined || fromDay <= toDay)
        const expected = engagements.filter((engagement) => overlaps(engagement, fromDay, toDay))
        expect(timeline({ from, to })).toEqual(expected)
      }),
      { numRuns: 1000 },
    )
  })

  it('overlaps() agrees with the plain definition on concrete ranges', () => {
    expect(
      overlaps({ startDate: '2020-11-01', endDate: '2020-11-30' }, '2020-11-30', '2020-12-31'),
    ).toBe(true)
    expect(
      overlaps({ startDate: '2020-11-01', endDate: '2020-11-30' }, '2020-12-01', undefined),
    ).toBe(false)
    expect(overlaps({ startDate: '2024-11-12', endDate: null }, '2030-01-01', '2030-12-31')).toBe(
      true,
    )
    expect(overlaps({ startDate: null, endDate: '2019-03-12' }, undefined, '2000-01-01')).toBe(true)
  })
})
