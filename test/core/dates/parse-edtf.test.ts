import edtf from 'edtf'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveDateRange } from '../../../src/core/dates/derive-date-range'
import { parseEdtf } from '../../../src/core/dates/parse-edtf'

const range = (input: string) => {
  const parsed = parseEdtf(input)
  if (!parsed.ok) throw new Error(parsed.error)
  return deriveDateRange(parsed.value)
}

const errorOf = (input: string) => {
  const parsed = parseEdtf(input)
  return parsed.ok ? undefined : parsed.error
}

describe('parseEdtf + deriveDateRange', () => {
  it.each([
    ['2020-11-26', '2020-11-26', '2020-11-26', 'day'],
    ['2020-11', '2020-11-01', '2020-11-30', 'month'],
    ['2020-02', '2020-02-01', '2020-02-29', 'month'],
    ['2000-02-29', '2000-02-29', '2000-02-29', 'day'],
    ['2021-02', '2021-02-01', '2021-02-28', 'month'],
    ['2013', '2013-01-01', '2013-12-31', 'year'],
    ['2020-11~', '2020-11-01', '2020-11-30', 'month'],
    ['2020-11-26?', '2020-11-26', '2020-11-26', 'day'],
    ['2021-02-24/2021-02-27', '2021-02-24', '2021-02-27', 'day'],
    ['2017-08/2017-09-03', '2017-08-01', '2017-09-03', 'month'],
    ['2024-11-12/', '2024-11-12', null, 'day'],
    ['/2019-03-12', null, '2019-03-12', 'day'],
    ['2023-01/..', '2023-01-01', null, 'month'],
  ] as const)('%s covers %s to %s at %s precision', (input, startDate, endDate, precision) => {
    expect(range(input)).toEqual({ startDate, endDate, precision })
  })

  it('keeps the qualifier of an approximate date', () => {
    const parsed = parseEdtf('2020-11~')
    expect(parsed.ok && parsed.value.type === 'date' && parsed.value.date.qualifier).toBe('~')
  })

  it.each([
    ['2021-02-30', 'February 2021 has 28 days, so 2021-02-30 does not exist'],
    ['1900-02-29', 'February 1900 has 28 days, so 1900-02-29 does not exist'],
    ['2020-13', 'month 13 does not exist in "2020-13" (seasons 21-24 are not used)'],
    ['2019-21', 'month 21 does not exist in "2019-21" (seasons 21-24 are not used)'],
    [
      '2019-03-XX',
      '"2019-03-XX" uses unspecified digits (X); write only the known part, e.g. 2019-03 for March 2019',
    ],
    [
      '2019-03-10T10:00:00Z',
      '"2019-03-10T10:00:00Z" has a time of day; the dataset records dates only',
    ],
    [
      'March 2019',
      '"March 2019" is not an EDTF date (e.g. 2020, 2020-11, 2020-11-26~ or 2021-02-24/2021-02-27)',
    ],
    ['2021-02-27/2021-02-24', 'the interval ends (2021-02-24) before it starts (2021-02-27)'],
    ['2021-02-24/2021-02-24', 'both ends are 2021-02-24: write it as the single date "2021-02-24"'],
    ['1965-01/1965', "the interval's end (1965) must begin after its start (1965-01) begins"],
    ['/', 'an interval needs at least one known end'],
    ['../..', 'an interval needs at least one known end'],
    [
      '2020/2021/2022',
      '"2020/2021/2022" has more than one "/" (e.g. 2020, 2020-11, 2020-11-26~ or 2021-02-24/2021-02-27)',
    ],
    ['', '"" is not an EDTF date (e.g. 2020, 2020-11, 2020-11-26~ or 2021-02-24/2021-02-27)'],
  ])('refuses %j', (input, message) => {
    expect(errorOf(input)).toBe(message)
  })

  it('does not drift across a day boundary in any time zone', () => {
    // The derivation uses UTC only; a local-time implementation would give 2020-10-31 west of UTC.
    const original = process.env.TZ
    try {
      process.env.TZ = 'America/Los_Angeles'
      expect(range('2020-11')).toEqual({
        startDate: '2020-11-01',
        endDate: '2020-11-30',
        precision: 'month',
      })
    } finally {
      process.env.TZ = original
    }
  })
})

const isFebruary29OfCommonYear = (input: string) => {
  const match = /^(\d{4})-02-29/.exec(input)
  if (!match) return false
  const year = Number(match[1])
  return !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
}

describe('parseEdtf agrees with the edtf.js reference implementation', () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  const dateText = fc.oneof(
    fc.integer({ min: 1900, max: 2100 }).map((year) => pad(year, 4)),
    fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, month]) => `${pad(year, 4)}-${pad(month)}`),
    fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([year, month, dayOfMonth]) => `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`),
  )
  const qualified = fc
    .tuple(dateText, fc.constantFrom('', '?', '~', '%'))
    .map(([text, mark]) => text + mark)

  it('on validity, first day and last day of single dates', () => {
    fc.assert(
      fc.property(qualified, (input) => {
        let reference: { min: number; max: number } | undefined
        try {
          reference = edtf(input)
        } catch {
          reference = undefined
        }
        const ours = parseEdtf(input)
        if (isFebruary29OfCommonYear(input)) {
          // edtf.js accepts these and rolls them over to 1 March; a date that does not exist is an error here.
          expect(ours.ok).toBe(false)
          return
        }
        expect(ours.ok).toBe(reference !== undefined)
        if (ours.ok && reference) {
          const derived = deriveDateRange(ours.value)
          expect([derived.startDate, derived.endDate]).toEqual([
            day(reference.min),
            day(reference.max),
          ])
        }
      }),
      { numRuns: 500 },
    )
  })

  it('on the bounds of intervals', () => {
    fc.assert(
      fc.property(dateText, dateText, (start, end) => {
        const input = `${start}/${end}`
        const ours = parseEdtf(input)
        if (!ours.ok) return
        const reference = edtf(input)
        const derived = deriveDateRange(ours.value)
        expect([derived.startDate, derived.endDate]).toEqual([
          day(reference.min),
          day(reference.max),
        ])
      }),
      { numRuns: 500 },
    )
  })
})
