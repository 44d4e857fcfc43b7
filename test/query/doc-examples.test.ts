import { describe, expect, it } from 'vitest'
import { countryName, resolveCountry } from '../../src/core/countries/resolve-country'
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
    expect(byCountry('Pakistan').every((engagement) => engagement.countries.includes('PK'))).toBe(
      true,
    )
  })

  it('byOfficial', () => {
    expect(byOfficial('Juma Anaad Sadoun') === byOfficial('juma inad')).toBe(true)
    expect(byOfficial('Khatami')[0]?.date).toBe('2018-04-18')
  })

  it('timeline', () => {
    expect(
      timeline({ from: '2021-02-25', to: '2021-02-25', country: 'PK' })
        .map((engagement) => engagement.id)
        .includes('eng_s4tmm2'),
    ).toBe(true)
    const visits = timeline({ country: 'Iran', type: 'visit', order: 'desc' })
    expect((visits[0]?.startDate ?? '') >= (visits[visits.length - 1]?.startDate ?? '')).toBe(true)
    expect(timeline({ from: '2004', to: '2004', groupBy: 'year' }).map(({ key }) => key)).toEqual([
      '2004',
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
