import { describe, expect, it } from 'vitest'
import {
  byCountry,
  byOfficial,
  DatasetQueryError,
  getOfficial,
  InvalidDateError,
  InvalidOptionError,
  timeline,
  UnknownCountryError,
  UnknownOfficialError,
} from '../../src/index'

const cyclic: Record<string, unknown> = {}
cyclic.self = cyclic
const hostile: [string, unknown][] = [
  ['a BigInt', 1n],
  ['a Symbol', Symbol('x')],
  ['a function', () => 1],
  ['a cyclic object', cyclic],
  ['null', null],
  ['a number', 42],
  ['an array', ['IQ']],
  ['a megabyte of text', 'a'.repeat(1_000_000)],
  [
    'a Proxy that throws',
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom')
        },
      },
    ),
  ],
]

/** Milliseconds one call takes, the error it throws included. */
function timed(call: () => unknown): number {
  const start = performance.now()
  try {
    call()
  } catch {}
  return performance.now() - start
}

describe('hostile input to the query helpers', () => {
  it.each(hostile)(
    'byCountry(%s) throws UnknownCountryError with a readable message',
    (_, input) => {
      expect(() => byCountry(input as string)).toThrow(UnknownCountryError)
    },
  )

  it.each(hostile)('byOfficial(%s) throws UnknownOfficialError', (_, input) => {
    expect(() => byOfficial(input as string)).toThrow(UnknownOfficialError)
  })

  it.each(hostile)('getOfficial(%s) returns undefined', (_, input) => {
    expect(getOfficial(input as string)).toBeUndefined()
  })

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['a Date', new Date()],
    ['a function', () => 1],
  ])('timeline(%s) throws InvalidOptionError instead of returning everything', (_, input) => {
    expect(() => timeline(input as never)).toThrow(InvalidOptionError)
  })

  it.each([
    ['before year 1', new Date(-8.64e15)],
    ['after year 9999', new Date(Date.UTC(10_000, 0, 1))],
    ['invalid', new Date(Number.NaN)],
    ['not a real Date', Object.create(Date.prototype)],
  ])('timeline({ from }) with a Date %s throws InvalidDateError', (_, date) => {
    expect(() => timeline({ from: date })).toThrow(InvalidDateError)
  })

  it('quotes a long input briefly, with its length', () => {
    expect(() => byCountry('a'.repeat(1_000_000))).toThrow(/…" \(1000000 characters\)/)
    expect(() => byCountry(1n as never)).toThrow(/Unknown country 1n/)
  })

  it('answers a megabyte of text about as fast as a short name (no quadratic work)', () => {
    const warm = () => timed(() => byOfficial('Xyzzy Plugh'))
    for (let round = 0; round < 5; round++) warm()
    const short = Math.max(...Array.from({ length: 5 }, warm))
    const huge = 'x'.repeat(1_000_000)
    for (const call of [
      () => byOfficial(huge),
      () => byCountry(huge),
      () => timeline({ country: huge }),
      () => timeline({ type: huge as never }),
    ]) {
      // A generous bound relative to a baseline measured here: linear work on a
      // megabyte takes milliseconds; the quadratic work this guards against took seconds.
      expect(timed(call)).toBeLessThan(Math.max(250, short * 50))
    }
  })

  it('every error is a DatasetQueryError', () => {
    for (const [, input] of hostile) {
      expect(() => byCountry(input as string)).toThrow(DatasetQueryError)
    }
  })
})
