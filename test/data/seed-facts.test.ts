import { describe, expect, it } from 'vitest'
import { engagements, officials, sources } from '../../src/index'

/**
 * Pins the key facts of the five seed articles (dates, parties, participants and
 * nesting), so that an edit which changes them fails CI. Ids are stable by policy,
 * which is what makes pinning by id safe.
 */

const engagementById = new Map(engagements.map((engagement) => [engagement.id, engagement]))
const officialById = new Map(officials.map((official) => [official.id, official]))
const get = (id: string) => {
  const engagement = engagementById.get(id)
  if (!engagement) throw new Error(`no engagement ${id}`)
  return engagement
}
const peopleOf = (id: string) =>
  get(id)
    .participants.map((participant) => officialById.get(participant.officialId)?.name)
    .sort()

interface Expected {
  id: string
  date: string
  type: string
  countries: string[]
  people: string[]
  parent?: string
}

const SEED_ENGAGEMENTS: Record<string, Expected[]> = {
  '000 South Korea': [
    {
      id: 'eng_duva2z',
      date: '2024-03',
      type: 'visit',
      countries: ['IQ', 'KR'],
      people: ['Thabet Mohammed Saeed Al-Abbasi'],
    },
    {
      id: 'eng_pa8hy7',
      date: '2024-03-20',
      type: 'meeting',
      countries: ['IQ', 'KR'],
      people: ['Shin Won-sik', 'Thabet Mohammed Saeed Al-Abbasi'],
      parent: 'eng_duva2z',
    },
    {
      id: 'eng_kb37rs',
      date: '2024-03-20',
      type: 'meeting',
      countries: ['IQ', 'KR'],
      people: ['Thabet Mohammed Saeed Al-Abbasi'],
      parent: 'eng_duva2z',
    },
    {
      id: 'eng_35h6ut',
      date: '2024-03-04/2024-03-07',
      type: 'visit',
      countries: ['IQ', 'KR'],
      people: ['Samir Zaki Hussein Al-Maliki'],
    },
    {
      id: 'eng_eqycof',
      date: '2024-03',
      type: 'facility_tour',
      countries: ['IQ', 'KR'],
      people: ['Samir Zaki Hussein Al-Maliki'],
      parent: 'eng_35h6ut',
    },
    {
      id: 'eng_dn5qhy',
      date: '2013-12-12',
      type: 'arms_deal',
      countries: ['IQ', 'KR'],
      people: ['Ha Sung-yong', 'Kim Hyung-chol', 'Lee Young-geol', 'Nouri al-Maliki'],
    },
  ],
  '001 Qatar': [
    {
      id: 'eng_l4u6gt',
      date: '2024-11-12/',
      type: 'visit',
      countries: ['IQ', 'QA'],
      people: ['Saoud bin Abdulrahman bin Hassan Al Thani', 'Thabet Mohammed Saeed Al-Abbasi'],
    },
    {
      id: 'eng_kmx43u',
      date: '2024-11-12/',
      type: 'meeting',
      countries: ['IQ', 'QA'],
      people: ['Saoud bin Abdulrahman bin Hassan Al Thani', 'Thabet Mohammed Saeed Al-Abbasi'],
      parent: 'eng_l4u6gt',
    },
    {
      id: 'eng_p9oj2m',
      date: '2024-11-12/',
      type: 'facility_tour',
      countries: ['IQ', 'QA'],
      people: ['Thabet Mohammed Saeed Al-Abbasi'],
      parent: 'eng_l4u6gt',
    },
  ],
  '002 Egypt': [
    {
      id: 'eng_2d5tlm',
      date: '2020-11-26~/2020-11-29~',
      type: 'visit',
      countries: ['IQ', 'EG'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri'],
    },
    {
      id: 'eng_eveepw',
      date: '2020-11-26',
      type: 'meeting',
      countries: ['IQ', 'EG'],
      people: ['Abdel Fattah al-Sisi', 'Juma Inad Saadoun Khattab al-Jubouri', 'Mohamed Zaki'],
      parent: 'eng_2d5tlm',
    },
    {
      id: 'eng_gixo31',
      date: '2020-11-27',
      type: 'meeting',
      countries: ['IQ', 'EG'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Mohamed Zaki'],
      parent: 'eng_2d5tlm',
    },
    {
      id: 'eng_af9cub',
      date: '2020-11-29',
      type: 'facility_tour',
      countries: ['IQ', 'EG'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Mohamed Ahmed Morsi'],
      parent: 'eng_2d5tlm',
    },
    {
      id: 'eng_uh7ty9',
      date: '2020-11',
      type: 'facility_tour',
      countries: ['IQ', 'EG'],
      people: ['Abdel Moneim el-Terras', 'Juma Inad Saadoun Khattab al-Jubouri'],
      parent: 'eng_2d5tlm',
    },
    {
      id: 'eng_rnhppt',
      date: '2020-12-10',
      type: 'meeting',
      countries: ['IQ', 'EG'],
      people: ['Manhal Aziz Mahmoud', 'Mohamed Ahmed Morsi'],
    },
    {
      id: 'eng_75henu',
      date: '2020-12-09',
      type: 'agreement_signing',
      countries: ['IQ', 'EG'],
      people: ['Khalid Batal Najim'],
    },
    {
      id: 'eng_2w8002',
      date: '2020-12-11',
      type: 'announcement',
      countries: ['IQ', 'EG'],
      people: ['Nevine Gamea'],
    },
    {
      id: 'eng_6cwypv',
      date: '2020-10-31',
      type: 'agreement_signing',
      countries: ['IQ', 'EG'],
      people: ['Mostafa Madbouly'],
    },
    {
      id: 'eng_21fbks',
      date: '2020-08-25',
      type: 'summit',
      countries: ['IQ', 'EG', 'JO'],
      people: ['Abdel Fattah al-Sisi', 'Abdullah II', 'Mustafa al-Kadhimi'],
    },
  ],
  '003 Iran': [
    {
      id: 'eng_1b4gxu',
      date: '2020-11-14/2020-11-15',
      type: 'visit',
      countries: ['IQ', 'IR'],
      people: ['Amir Hatami', 'Juma Inad Saadoun Khattab al-Jubouri'],
    },
    {
      id: 'eng_4cpayu',
      date: '2020-11-14',
      type: 'meeting',
      countries: ['IQ', 'IR'],
      people: ['Amir Hatami', 'Juma Inad Saadoun Khattab al-Jubouri'],
      parent: 'eng_1b4gxu',
    },
    {
      id: 'eng_yupnl7',
      date: '2020-11-15',
      type: 'meeting',
      countries: ['IQ', 'IR'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Mohammad Hossein Bagheri'],
      parent: 'eng_1b4gxu',
    },
    {
      id: 'eng_zm6nve',
      date: '2020-11-15',
      type: 'meeting',
      countries: ['IQ', 'IR'],
      people: ['Ali Shamkhani', 'Juma Inad Saadoun Khattab al-Jubouri'],
      parent: 'eng_1b4gxu',
    },
  ],
  '004 Pakistan': [
    {
      id: 'eng_57vbpo',
      date: '2021-02-24/2021-02-27',
      type: 'visit',
      countries: ['IQ', 'PK'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri'],
    },
    {
      id: 'eng_cxcxzi',
      date: '2021-02-25',
      type: 'meeting',
      countries: ['IQ', 'PK'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Qamar Javed Bajwa'],
      parent: 'eng_57vbpo',
    },
    {
      id: 'eng_2dd47f',
      date: '2021-02-26',
      type: 'meeting',
      countries: ['IQ', 'PK'],
      people: ['Arif Alvi', 'Juma Inad Saadoun Khattab al-Jubouri'],
      parent: 'eng_57vbpo',
    },
    {
      id: 'eng_s4tmm2',
      date: '2021-02',
      type: 'meeting',
      countries: ['IQ', 'PK'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Nadeem Raza'],
      parent: 'eng_57vbpo',
    },
    {
      id: 'eng_4dn0k9',
      date: '2021-02-26',
      type: 'meeting',
      countries: ['IQ', 'PK'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Shah Mahmood Qureshi', 'Zobaida Jalal'],
      parent: 'eng_57vbpo',
    },
    {
      id: 'eng_gk6ptv',
      date: '2021-01-24/2021-01-27',
      type: 'visit',
      countries: ['IQ', 'PK'],
      people: ['Juma Inad Saadoun Khattab al-Jubouri', 'Zobaida Jalal'],
    },
    {
      id: 'eng_rxowki',
      date: '2021-01-26',
      type: 'meeting',
      countries: ['IQ', 'PK'],
      people: ['Barham Salih', 'Zobaida Jalal'],
      parent: 'eng_gk6ptv',
    },
  ],
}

describe.each(Object.entries(SEED_ENGAGEMENTS))('seed %s', (_seed, expected) => {
  it.each(expected)('$id: $type on $date', ({ id, date, type, countries, people, parent }) => {
    const engagement = get(id)
    expect({
      date: engagement.date,
      type: engagement.type,
      countries: engagement.countries,
      parentId: engagement.parentId,
    }).toEqual({
      date,
      type,
      countries,
      parentId: parent,
    })
    expect(peopleOf(id)).toEqual(people)
  })
})

describe('seed-specific facts', () => {
  it('keeps the Qatar meeting’s date open-ended after 12 November 2024 and explains why', () => {
    const meeting = get('eng_kmx43u')
    expect([meeting.startDate, meeting.endDate, meeting.precision]).toEqual([
      '2024-11-12',
      null,
      'day',
    ])
    expect(meeting.notes).toContain('12 November 2024')
  })

  it('records the AOI visit and the Pakistani joint chiefs meeting to the month only', () => {
    expect(get('eng_uh7ty9').precision).toBe('month')
    expect(get('eng_s4tmm2')).toMatchObject({ date: '2021-02', precision: 'month' })
    // The derived range is narrowed to the 24–27 February visit the meeting took place in.
    expect([get('eng_s4tmm2').startDate, get('eng_s4tmm2').endDate]).toEqual([
      '2021-02-24',
      '2021-02-27',
    ])
  })

  it('leaves the disputed T-50IQ signing place unrecorded and notes the conflict', () => {
    const deal = get('eng_dn5qhy')
    expect(deal.location).toBeUndefined()
    expect(deal.notes).toMatch(/Baghdad.*Seoul/)
    expect(deal.systems).toEqual(['T-50IQ'])
  })

  it('resolves the seed’s "Khatami" and "Shamhani" as misspellings of the right people', () => {
    const hatami = officials.find((official) => official.name === 'Amir Hatami')
    const shamkhani = officials.find((official) => official.name === 'Ali Shamkhani')
    expect(hatami?.aliases).toContainEqual(
      expect.objectContaining({ name: 'Khatami', kind: 'misspelling' }),
    )
    expect(shamkhani?.aliases).toContainEqual(
      expect.objectContaining({ name: 'Shamhani', kind: 'misspelling' }),
    )
    expect(hatami?.distinctFrom?.map((person) => person.name)).toEqual(['Mohammad Khatami'])
    expect(officials.some((official) => /Mohammad Khatami/.test(official.name))).toBe(false)
  })

  it('says when a seed article’s own date is unknown rather than guessing', () => {
    const seedSources = ['src_434exi', 'src_ojd23t', 'src_t8e6d5', 'src_ri8mjw', 'src_iunz3o'].map(
      (id) => sources.find((source) => source.id === id),
    )
    expect(seedSources.map((source) => source?.published)).toEqual([
      '2024-03-20',
      null,
      '2020-12-21',
      null,
      null,
    ])
    for (const source of seedSources.filter((entry) => entry?.published === null)) {
      expect(source?.notes).toMatch(/not established/)
    }
  })
})

describe('officials named in the seeds carry every spelling the seeds use', () => {
  const SEED_SPELLINGS: Record<string, string[]> = {
    'Thabet Mohammed Saeed Al-Abbasi': [
      'Thabet Mohammed Saeed Al-Abbasi',
      'Thabet Muhammad Saeed Al Abbasi',
    ],
    'Juma Inad Saadoun Khattab al-Jubouri': ['Juma Inad Saadoun', 'Juma Inad', 'Juma Anaad Sadoun'],
    'Samir Zaki Hussein Al-Maliki': ['Sameer Zaki Hussein Al-Maliki'],
    'Shin Won-sik': ['Shin Won-sik'],
    'Saoud bin Abdulrahman bin Hassan Al Thani': ['Saoud bin Abdulrahman bin Hassan Al-Thani'],
    'Amir Hatami': ['Khatami'],
    'Ali Shamkhani': ['Shamhani'],
    'Mohammad Hossein Bagheri': ['Bagheri'],
    'Mohamed Zaki': ['Muhammad Zaki'],
    'Abdel Fattah al-Sisi': ['Abdel Fattah al-Sisi'],
    'Mohamed Ahmed Morsi': ['Mohamed Ahmed Morsi'],
    'Abdel Moneim el-Terras': ['Abdel Moneim el-Terras'],
    'Manhal Aziz Mahmoud': ['Manhal Aziz Mahmoud'],
    'Khalid Batal Najim': ['Khalid Batal Najim'],
    'Mustafa al-Kadhimi': ['Mustafa al-Kadhimi'],
    'Abdullah II': ['King Abdullah II'],
    'Arif Alvi': ['Dr Arif Alvi'],
    'Shah Mahmood Qureshi': ['Makhdoom Shah Mahmood Qureshi'],
    'Zobaida Jalal': ['Zobaida Jalal'],
  }
  it.each(Object.entries(SEED_SPELLINGS))('%s', (name, spellings) => {
    const official = officials.find((entry) => entry.name === name)
    expect(official, name).toBeDefined()
    const known = [official?.name, ...(official?.aliases.map((alias) => alias.name) ?? [])]
    for (const spelling of spellings) expect(known).toContain(spelling)
  })
})

describe('dataset coverage and integrity', () => {
  it('cites at least one source with an http(s) URL in every engagement and official', () => {
    const urlOf = new Map(sources.map((source) => [source.id, source.url]))
    for (const engagement of engagements) {
      expect(engagement.sources.length, engagement.id).toBeGreaterThan(0)
      for (const citation of engagement.sources)
        expect(urlOf.get(citation.sourceId)).toMatch(/^https?:\/\//)
    }
    for (const official of officials)
      expect(official.sources.length, official.id).toBeGreaterThan(0)
  })

  it('places every child within its parent visit', () => {
    for (const child of engagements.filter((engagement) => engagement.parentId)) {
      const parent = get(child.parentId as string)
      expect(parent.type, child.id).toBe('visit')
      if (parent.startDate && child.endDate)
        expect(child.endDate >= parent.startDate, child.id).toBe(true)
      if (parent.endDate && child.startDate)
        expect(child.startDate <= parent.endDate, child.id).toBe(true)
    }
  })

  it('gives every official an alias or a note that none is known', () => {
    for (const official of officials) {
      expect(
        official.aliases.length > 0 || /No other spelling/.test(official.notes ?? ''),
        official.name,
      ).toBe(true)
    }
  })

  it('ships engagements in chronological order', () => {
    const starts = engagements.map((engagement) => engagement.startDate ?? engagement.endDate ?? '')
    expect(starts).toEqual([...starts].sort())
  })
})
