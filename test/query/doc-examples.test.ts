import { describe, expect, it } from 'vitest'
import { countryName, resolveCountry } from '../../src/countries/resolve-country'
import {
  byCountry,
  byOfficial,
  getEngagement,
  getOfficial,
  getSource,
  timeline,
} from '../../src/index'

/** The `@example` results in the public API's doc comments, checked so the docs cannot drift. */
describe('documented examples', () => {
  it('byCountry', () => {
    expect(byCountry('Republic of Korea') === byCountry('KOR')).toBe(true)
    expect(byCountry('Pakistan')[0]?.date).toBe('2014-02')
  })

  it('byOfficial', () => {
    expect(byOfficial('Juma Anaad Sadoun') === byOfficial('juma inad')).toBe(true)
    expect(byOfficial('Khatami')[0]?.date).toBe('2018-04-18')
  })

  it('timeline', () => {
    expect(timeline({ country: 'Iran', type: 'visit', order: 'desc' })[0]?.date).toBe('2025-10')
    expect(
      timeline({ groupBy: 'year' })
        .map(({ key, engagements }) => [key, engagements.length])
        .slice(0, 2),
    ).toEqual([
      ['2004', 15],
      ['2005', 14],
    ])
    expect(timeline({ from: '2020-11-26', to: '2020-11-29' }).map((e) => e.date)).toEqual([
      '2020-11',
      '2020-11',
      '2020-11-26~/2020-11-29~',
      '2020-11-26',
      '2020-11',
      '2020-11-27',
      '2020-11-29',
    ])
  })

  it('get*', () => {
    expect(getEngagement('eng_pa8hy7').title).toBe(
      'Defence ministers of South Korea and Iraq meet in Seoul',
    )
    expect(getEngagement('eng_000000')).toBeUndefined()
    expect(getOfficial('Shamhani')?.name).toBe('Ali Shamkhani')
    expect(getOfficial('Mohammad Khatami')).toBeUndefined()
    expect(getSource('src_ri8mjw')?.publisher).toBe('YCPress')
  })

  it('resolveCountry and countryName', () => {
    expect(resolveCountry('Republic of Korea')).toBe('KR')
    expect(resolveCountry('türkiye')).toBe('TR')
    expect(countryName('KR')).toBe('South Korea')
  })
})

describe('documented error examples', () => {
  it('hold', async () => {
    const { createDataset, DatasetQueryError, InvalidRecordsError, UnknownOfficialError } =
      await import('../../src/index')
    expect(() => byCountry('Atlantis')).toThrow(DatasetQueryError)
    expect(() => byOfficial('Thabet Khalil')).toThrow(UnknownOfficialError)
    try {
      byOfficial('Thabet Khalil')
      expect.unreachable()
    } catch (error) {
      expect((error as InstanceType<typeof UnknownOfficialError>).suggestions[0]?.name).toBe(
        'Thabet Mohammed Saeed Al-Abbasi',
      )
    }
    await expect(createDataset({ engagements: [{ id: 'eng_bad' }] })).rejects.toThrow(
      InvalidRecordsError,
    )
    expect(() => timeline({ from: '2021-02-29' })).toThrow(
      'Invalid `from` date "2021-02-29": February 2021 has 28 days, so 2021-02-29 does not exist',
    )
  })
})
