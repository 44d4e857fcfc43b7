import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALPHA2_CODES } from '../../src/core/countries/alpha2-codes.generated'
import { byCountry, engagements, UnknownCountryError } from '../../src/index'
import { thrownBy } from '../_helpers/thrown-by'

describe('byCountry', () => {
  it.each([
    'KR',
    'KOR',
    'South Korea',
    'Republic of Korea',
    'Korea, Republic of',
    'south korea',
    'kr',
    ' SOUTH  KOREA ',
  ])('resolves %j to South Korea', (input) => {
    expect(byCountry(input)).toBe(byCountry('KR'))
  })

  it('is case- and diacritics-insensitive', () => {
    expect(byCountry('Türkiye')).toBe(byCountry('turkiye'))
    expect(byCountry('TURKEY')).toBe(byCountry('TR'))
    expect(byCountry('TR').length).toBeGreaterThan(0)
  })

  it('returns the engagements where the state is a party, oldest first', () => {
    const korea = byCountry('KR')
    expect(korea.every((engagement) => engagement.countries.includes('KR'))).toBe(true)
    expect(korea.map((engagement) => engagement.startDate)).toEqual(
      [...korea.map((engagement) => engagement.startDate)].sort(),
    )
    expect(korea.map((engagement) => engagement.id)).toContain('eng_pa8hy7')
  })

  it('returns an empty frozen array for a real country with no engagements', () => {
    const iceland = byCountry('Iceland')
    expect(iceland).toEqual([])
    expect(Object.isFrozen(iceland)).toBe(true)
  })

  it('throws UnknownCountryError with the closest matches for a typo', () => {
    expect(() => byCountry('Koria')).toThrow(UnknownCountryError)
    expect(() => byCountry('Koria')).toThrow(
      'Unknown country "Koria"; did you mean "North Korea" (KP), "South Korea" (KR)?',
    )
    const error = thrownBy(() => byCountry('Irak'))
    expect(error).toBeInstanceOf(UnknownCountryError)
    expect((error as UnknownCountryError).suggestions).toEqual(['IQ', 'IR'])
    expect((error as UnknownCountryError).input).toBe('Irak')
  })

  it('explains that an organization is not a state', () => {
    expect(() => byCountry('NATO')).toThrow(/NATO is an international organization, not a state/)
  })

  it('rejects input that is not a string', () => {
    expect(() => byCountry(42 as unknown as string)).toThrow(UnknownCountryError)
  })

  it('returns frozen results that cannot corrupt later queries', () => {
    const first = byCountry('IR')
    expect(() => (first as unknown[]).push({})).toThrow(TypeError)
    expect(() => {
      ;(first[0] as { title: string }).title = 'changed'
    }).toThrow(TypeError)
    expect(byCountry('IR')).toEqual(first)
  })

  it('equals a linear filter for every ISO code (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALPHA2_CODES), fc.boolean(), (code, lower) => {
        const expected = engagements.filter((engagement) => engagement.countries.includes(code))
        expect(byCountry(lower ? code.toLowerCase() : code)).toEqual(expected)
      }),
      { numRuns: ALPHA2_CODES.length * 2 },
    )
  })
})
