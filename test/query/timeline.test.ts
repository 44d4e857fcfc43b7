import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../src/dates/day-ranges'
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
    // The month-precise AOI meeting sorts by the first day of the visit it took place in.
    expect(dates(timeline({ from: '2020-11', to: '2020-11' }))).toEqual([
      '2020-11-14/2020-11-15',
      '2020-11-14',
      '2020-11-15',
      '2020-11-15',
      '2020-11-26~/2020-11-29~',
      '2020-11-26',
      '2020-11',
      '2020-11-27',
      '2020-11-29',
    ])
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
    expect(timeline({ status: 'announced' }).map((engagement) => engagement.status)).toEqual([
      'announced',
      'announced',
    ])
    expect(
      timeline({ type: ['summit', 'announcement'] })
        .map((engagement) => engagement.type)
        .sort(),
    ).toEqual(['announcement', 'announcement', 'summit'])
  })

  it('reverses with order: desc', () => {
    expect(timeline({ country: 'KR', order: 'desc' })).toEqual([...byCountry('KR')].reverse())
  })

  it('groups by year or month, a year-only record under its year', () => {
    const byYear = timeline({ groupBy: 'year' })
    expect(byYear.slice(0, 2).map(({ key, engagements: group }) => [key, group.length])).toEqual([
      ['2004', 2],
      ['2008', 2],
    ])
    expect(byYear.flatMap((group) => group.engagements)).toEqual(engagements)
    const byMonth = timeline({ from: '2018', to: '2018', groupBy: 'month' })
    expect(byMonth.map((group) => group.key)).toEqual(['2018', '2018-04', '2018-08'])
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
