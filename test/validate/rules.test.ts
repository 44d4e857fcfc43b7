import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../src/core/record-kinds'
import { lintDataset, RULES } from '../../src/validate/rules'
import { validDataset, withChange } from './fixture-dataset'

const TODAY = '2026-11-22'
const lint = (files: RecordFile[]) => lintDataset({ files, today: TODAY })
const summarize = (files: RecordFile[]) =>
  lint(files).map(({ rule, file, path, message }) => ({ rule, file, path, message }))

const VISIT = 'data/engagements/eng_visit1.json'
const MEETING = 'data/engagements/eng_meet01.json'

describe('lintDataset', () => {
  it('finds nothing in a valid dataset', () => {
    expect(lint(validDataset())).toEqual([])
  })

  it('runs every rule in the registry', () => {
    expect(RULES.map((rule) => rule.name)).toEqual([
      'schema',
      'no-placeholders',
      'schema-hint',
      'id-matches-file',
      'unique-ids',
      'retired-ids',
      'references-resolve',
      'child-within-parent',
      'participant-sides',
      'no-duplicate-events',
      'no-relay-duplicates',
      'participant-holds-position',
      'position-terms-in-order',
      'no-future-dates',
      'no-prototype-keys',
      'official-aliases-or-note',
      'official-entries-once',
      'summary-sentences',
      'sources-are-cited',
    ])
  })
})

describe('schema', () => {
  it('reports a misspelled enum value with a suggestion', () => {
    const [issue] = lint(withChange(MEETING, { type: 'meting' }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['type'],
      actual: '"meting"',
      tip: 'did you mean "meeting"?',
    })
  })

  it('reports an unknown field, pointing derived date fields at the build', () => {
    const [issue] = lint(withChange(MEETING, { startDate: '2020-11-14' }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['startDate'],
      message: 'unknown field "startDate"',
      tip: 'startDate, endDate and precision are derived from date by the build; remove this field',
    })
  })

  it('reports a missing required field', () => {
    const [issue] = lint(withChange(MEETING, { summary: undefined }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['summary'],
      message: 'missing required field',
      actual: 'nothing',
    })
  })

  it('reports an invalid EDTF date with the parser’s explanation', () => {
    const [issue] = lint(withChange(MEETING, { date: '2020-11-31' }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['date'],
      message: 'November 2020 has 30 days, so 2020-11-31 does not exist',
    })
  })

  it('reports an interval that ends before it starts (endDate < startDate)', () => {
    const [issue] = lint(withChange(VISIT, { date: '2020-11-15/2020-11-14' }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['date'],
      message: 'the interval ends (2020-11-14) before it starts (2020-11-15)',
    })
  })

  it('reports a country code that does not exist, and one in lower case', () => {
    const issues = summarize(withChange(VISIT, { countries: ['IQ', 'XZ', 'ir'] }))
    expect(issues).toContainEqual({
      rule: 'schema',
      file: VISIT,
      path: ['countries', 1],
      message: 'expected an ISO 3166-1 alpha-2 country code such as "IQ"',
    })
    expect(issues).toContainEqual({
      rule: 'schema',
      file: VISIT,
      path: ['countries', 2],
      message: 'expected an upper-case ISO 3166-1 alpha-2 code: "IR"',
    })
  })

  it('reports a party list without Iraq', () => {
    const issues = summarize(withChange(VISIT, { countries: ['IR'] }))
    expect(issues).toContainEqual({
      rule: 'schema',
      file: VISIT,
      path: ['countries'],
      message: 'expected the list to include "IQ"',
    })
  })

  it('reports relative and non-http URLs', () => {
    for (const url of ['/news/165888', 'ftp://example.org/a', 'javascript:alert(1)']) {
      const issues = summarize(withChange('data/sources/src_aaaaaa.json', { url }))
      expect(issues).toEqual([
        {
          rule: 'schema',
          file: 'data/sources/src_aaaaaa.json',
          path: ['url'],
          message: 'expected an absolute http:// or https:// URL',
        },
      ])
    }
  })

  it('reports a record without sources', () => {
    const [issue] = lint(withChange(MEETING, { sources: [] }))
    expect(issue).toMatchObject({
      rule: 'schema',
      path: ['sources'],
      message: 'expected at least one source',
    })
  })
})

describe('schema-hint', () => {
  it('reports a missing or wrong $schema', () => {
    const [issue] = lint(withChange(MEETING, { $schema: '../schema/engagement.schema.json' }))
    expect(issue).toMatchObject({
      rule: 'schema-hint',
      expected: '"../../schema/engagement.schema.json"',
    })
  })
})

describe('id-matches-file', () => {
  it('reports a file whose name differs from its id', () => {
    const files = validDataset().map((entry) =>
      entry.file === MEETING ? { ...entry, file: 'data/engagements/eng_other1.json' } : entry,
    )
    expect(summarize(files)).toEqual([
      {
        rule: 'id-matches-file',
        file: 'data/engagements/eng_other1.json',
        path: ['id'],
        message: 'file name and id differ',
      },
    ])
  })

  it('reports an id whose prefix belongs to another kind', () => {
    const issues = summarize(withChange(MEETING, { id: 'off_meet01' }))
    expect(issues).toContainEqual({
      rule: 'id-matches-file',
      file: MEETING,
      path: ['id'],
      message: 'id has the wrong prefix for an engagement',
    })
  })
})

describe('unique-ids', () => {
  it('reports the second record with an id', () => {
    const files = [
      ...validDataset(),
      { ...validDataset()[4]!, file: 'data/engagements/copy/eng_meet01.json' },
    ]
    const issues = lint(files).filter((issue) => issue.rule === 'unique-ids')
    expect(issues).toMatchObject([
      {
        file: 'data/engagements/copy/eng_meet01.json',
        actual: `"eng_meet01", already used by ${MEETING}`,
      },
    ])
  })
})

describe('references-resolve', () => {
  it('reports unknown official, source and parent ids', () => {
    const issues = summarize(
      withChange(MEETING, {
        participants: [{ officialId: 'off_nobody', name: 'X', role: 'host', side: 'iraq' }],
        sources: [{ sourceId: 'src_aaaaab', supports: ['occurrence'] }],
        parentId: 'eng_nope00',
      }),
    ).filter((issue) => issue.rule === 'references-resolve')
    expect(issues.map((issue) => issue.path)).toEqual([
      ['participants', 0, 'officialId'],
      ['sources', 0, 'sourceId'],
      ['parentId'],
    ])
  })

  it('suggests the closest existing id', () => {
    const [issue] = lint(
      withChange(MEETING, { sources: [{ sourceId: 'src_aaaaab', supports: ['date'] }] }),
    )
    expect(issue?.tip).toBe('did you mean "src_aaaaaa"?')
  })

  it('reports unknown sources on officials and their aliases', () => {
    const files = withChange('data/officials/off_iran01.json', {
      sources: ['src_zzzzzz'],
      aliases: [{ name: 'Khatami', kind: 'misspelling', sources: ['src_yyyyyy'] }],
    })
    expect(summarize(files).map((issue) => issue.path)).toEqual([
      ['sources', 0],
      ['aliases', 0, 'sources', 0],
    ])
  })
})

describe('child-within-parent', () => {
  it('reports a day-precise child outside the parent visit', () => {
    const [issue] = lint(withChange(MEETING, { date: '2020-11-16' }))
    expect(issue).toMatchObject({
      rule: 'child-within-parent',
      path: ['date'],
      expected: 'a date within 2020-11-14/2020-11-15',
    })
  })

  it('accepts a month-precise child whose month overlaps the visit', () => {
    expect(lint(withChange(MEETING, { date: '2020-11' }))).toEqual([])
  })

  it('reports a month-precise child that cannot overlap the visit', () => {
    const [issue] = lint(withChange(MEETING, { date: '2020-12' }))
    expect(issue?.rule).toBe('child-within-parent')
  })

  it('reports a parent that is not a visit', () => {
    const files = withChange(VISIT, { type: 'meeting' })
    expect(summarize(files)).toEqual([
      {
        rule: 'child-within-parent',
        file: MEETING,
        path: ['parentId'],
        message: 'parent is not a top-level visit',
      },
    ])
  })
})

describe('participant-sides', () => {
  it('reports an Iraqi official marked as the counterpart', () => {
    const issues = summarize(
      withChange(MEETING, {
        participants: [
          { officialId: 'off_iraq01', name: 'Juma Inad', role: 'host', side: 'counterpart' },
        ],
      }),
    )
    expect(issues).toEqual([
      {
        rule: 'participant-sides',
        file: MEETING,
        path: ['participants', 0, 'side'],
        message: "side does not match the official's affiliation (IQ)",
      },
    ])
  })

  it('reports a participant whose country is not a party', () => {
    const [issue] = lint(withChange(MEETING, { countries: ['IQ', 'KR'] }))
    expect(issue).toMatchObject({
      rule: 'participant-sides',
      path: ['countries'],
      expected: 'countries to include "IR"',
    })
  })
})

describe('participant-sides, for a person who served a state and an organization', () => {
  const IRAN_OFFICIAL = 'data/officials/off_iran01.json'
  const servingBoth = (meeting: object) =>
    withChange(IRAN_OFFICIAL, { organization: 'NATO' }).map((entry) =>
      entry.file === MEETING
        ? { ...entry, value: { ...(entry.value as object), ...meeting } }
        : entry,
    )

  it('accepts either as the party', () => {
    const issues = lint(servingBoth({ countries: ['IQ'], organizations: ['NATO'] }))
    expect(issues.filter((issue) => issue.rule === 'participant-sides')).toEqual([])
  })

  it('names both when neither is a party', () => {
    const issues = lint(servingBoth({ countries: ['IQ', 'KR'], organizations: [] }))
    expect(issues.filter((issue) => issue.rule === 'participant-sides')).toMatchObject([
      {
        path: ['countries'],
        message: 'participant 1 serves IR or NATO, which is not listed as a party',
        expected: 'countries to include "IR", or organizations to include "NATO"',
      },
    ])
  })
})

describe('no-duplicate-events', () => {
  it('reports two records with the same date, parties and participants', () => {
    const copy = {
      ...(validDataset()[4]!.value as object),
      id: 'eng_meet02',
      title: 'Another title',
    }
    const files = [
      ...validDataset(),
      { file: 'data/engagements/eng_meet02.json', kind: 'engagement' as const, value: copy },
    ]
    expect(summarize(files)).toEqual([
      {
        rule: 'no-duplicate-events',
        file: 'data/engagements/eng_meet02.json',
        path: [],
        message: 'describes the same event as eng_meet01',
      },
    ])
  })
})

describe('no-future-dates', () => {
  it('reports a future engagement that is not announced', () => {
    const files = withChange(VISIT, { date: '2027-01-10/2027-01-12' }).filter(
      (entry) => entry.file !== MEETING,
    )
    expect(summarize(files)).toEqual([
      {
        rule: 'no-future-dates',
        file: VISIT,
        path: ['status'],
        message: 'dated in the future (starts 2027-01-10, today is 2026-11-22)',
      },
    ])
  })

  it('accepts a future engagement with status announced', () => {
    const files = withChange(VISIT, { date: '2027-01-10/2027-01-12', status: 'announced' }).filter(
      (entry) => entry.file !== MEETING,
    )
    expect(lint(files)).toEqual([])
  })
})

describe('no-prototype-keys', () => {
  it('reports __proto__ and constructor keys at any depth', () => {
    const value = JSON.parse(
      '{"__proto__": {"polluted": true}, "location": {"country": "IR", "constructor": "x"}}',
    ) as Record<string, unknown>
    const issues = summarize(withChange(MEETING, value)).filter(
      (issue) => issue.rule === 'no-prototype-keys',
    )
    expect(issues.map((issue) => issue.path)).toEqual([['__proto__'], ['location', 'constructor']])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('official-aliases-or-note', () => {
  it('reports an official with no alias and no note', () => {
    const [issue] = lint(withChange('data/officials/off_iran01.json', { aliases: [] }))
    expect(issue).toMatchObject({ rule: 'official-aliases-or-note', path: ['aliases'] })
  })

  it('accepts a note that no other spelling is known', () => {
    const files = withChange('data/officials/off_iran01.json', {
      aliases: [],
      notes: 'No other spelling seen in the sources.',
    })
    expect(lint(files)).toEqual([])
  })
})

describe('no-duplicate-events and visits', () => {
  it('accepts a visit and its only meeting with the same date and people', () => {
    expect(lint(withChange(MEETING, { date: '2020-11-14/2020-11-15' }))).toEqual([])
  })
})

describe('officials of international organizations', () => {
  it('accept an organization instead of a country, and need it among the parties', () => {
    const files = withChange('data/officials/off_iran01.json', {
      country: undefined,
      organization: 'NATO',
    })
    expect(summarize(files)).toContainEqual({
      rule: 'participant-sides',
      file: VISIT,
      path: ['organizations'],
      message: 'participant 1 serves NATO, which is not listed as a party',
    })
  })

  it('reject an official with neither country nor organization', () => {
    const issues = summarize(withChange('data/officials/off_iran01.json', { country: undefined }))
    expect(issues).toEqual([
      {
        rule: 'schema',
        file: 'data/officials/off_iran01.json',
        path: ['country'],
        message:
          'expected a country (or, for an official of an international organization, an organization)',
      },
    ])
  })
})

describe('summary-sentences', () => {
  it('counts sentences, ignoring ranks and initials', async () => {
    const { countSentences } = await import('../../src/validate/rules/summary-sentences')
    expect(countSentences('Lt. Gen. Zaki met Maj. Gen. Bagheri. They agreed.')).toBe(2)
    expect(countSentences("The U.S. envoy met Iraq's minister.")).toBe(1)
    expect(countSentences('No full stop')).toBe(0)
  })

  it('reports a summary of four sentences or of none', () => {
    const long = 'One thing happened. Then another. And a third. And a fourth.'
    expect(lint(withChange(MEETING, { summary: long }))).toMatchObject([
      { rule: 'summary-sentences', path: ['summary'], actual: '4 sentences' },
    ])
    expect(lint(withChange(MEETING, { summary: 'no sentence at all' }))).toMatchObject([
      { rule: 'summary-sentences', actual: '0 sentences' },
    ])
  })
})
