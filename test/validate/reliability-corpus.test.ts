import { describe, expect, it } from 'vitest'
import { formatPath } from '../../src/core/issue'
import type { RecordFile } from '../../src/core/record-kinds'
import { lintDataset } from '../../src/validate/rules'
import { validDataset, withChange } from './fixture-dataset'

const VISIT = 'data/engagements/eng_visit1.json'
const MEETING = 'data/engagements/eng_meet01.json'
const IRAQI = 'data/officials/off_iraq01.json'
const SOURCE = 'data/sources/src_aaaaaa.json'

const meeting = validDataset().find((file) => file.file === MEETING)?.value as Record<
  string,
  unknown
>
const participant = (change: Record<string, unknown>) => ({
  participants: [{ ...(meeting.participants as object[])[0], ...change }],
})
const citation = (change: Record<string, unknown>) => ({
  sources: [{ sourceId: 'src_aaaaaa', supports: ['occurrence'], ...change }],
})

/** One invalid record per failure kind: the change, and the rule and path that must report it. */
const CORPUS: [string, string, Record<string, unknown>, string, string][] = [
  ['unknown type', MEETING, { type: 'meting' }, 'schema', 'type'],
  ['unknown status', MEETING, { status: 'done' }, 'schema', 'status'],
  ['missing title', MEETING, { title: undefined }, 'schema', 'title'],
  ['empty title', MEETING, { title: '' }, 'schema', 'title'],
  ['missing summary', MEETING, { summary: undefined }, 'schema', 'summary'],
  [
    'summary of four sentences',
    MEETING,
    { summary: 'One. Two. Three. Four.' },
    'summary-sentences',
    'summary',
  ],
  ['missing date', MEETING, { date: undefined }, 'schema', 'date'],
  ['date with a time', MEETING, { date: '2020-11-14T10:00' }, 'schema', 'date'],
  ['impossible day', MEETING, { date: '2020-02-30' }, 'schema', 'date'],
  ['reversed interval', VISIT, { date: '2020-11-15/2020-11-14' }, 'schema', 'date'],
  ['a season', MEETING, { date: '2020-21' }, 'schema', 'date'],
  ['date as a number', MEETING, { date: 2020 }, 'schema', 'date'],
  [
    'future occurred',
    MEETING,
    { date: '2099-01-01', parentId: undefined },
    'no-future-dates',
    'status',
  ],
  ['derived startDate written', MEETING, { startDate: '2020-11-14' }, 'schema', 'startDate'],
  ['countries without IQ', MEETING, { countries: ['IR'] }, 'schema', 'countries'],
  ['country in lower case', MEETING, { countries: ['IQ', 'ir'] }, 'schema', 'countries[1]'],
  ['country by name', MEETING, { countries: ['IQ', 'Iran'] }, 'schema', 'countries[1]'],
  ['country twice', MEETING, { countries: ['IQ', 'IR', 'IR'] }, 'schema', 'countries'],
  ['countries not a list', MEETING, { countries: 'IQ,IR' }, 'schema', 'countries'],
  ['unknown organization', MEETING, { organizations: ['UN'] }, 'schema', 'organizations[0]'],
  [
    'location without country',
    MEETING,
    { location: { place: 'Tehran' } },
    'schema',
    'location.country',
  ],
  ['unknown field', MEETING, { agenda: 'x' }, 'schema', 'agenda'],
  ['unknown topic', MEETING, { topics: ['defence'] }, 'schema', 'topics[0]'],
  ['topic twice', MEETING, { topics: ['naval', 'naval'] }, 'schema', 'topics'],
  ['systems not a list', MEETING, { systems: 'F-16' }, 'schema', 'systems'],
  ['no sources', MEETING, { sources: [] }, 'schema', 'sources'],
  [
    'citation supporting nothing',
    MEETING,
    citation({ supports: [] }),
    'schema',
    'sources[0].supports',
  ],
  [
    'citation of an unknown source',
    MEETING,
    citation({ sourceId: 'src_zzzzzz' }),
    'references-resolve',
    'sources[0].sourceId',
  ],
  [
    'malformed source id',
    MEETING,
    citation({ sourceId: 'source-1' }),
    'schema',
    'sources[0].sourceId',
  ],
  [
    'unknown support',
    MEETING,
    citation({ supports: ['everything'] }),
    'schema',
    'sources[0].supports[0]',
  ],
  [
    'participant of an unknown official',
    MEETING,
    participant({ officialId: 'off_zzzzzz' }),
    'references-resolve',
    'participants[0].officialId',
  ],
  [
    'participant without a name',
    MEETING,
    participant({ name: undefined }),
    'schema',
    'participants[0].name',
  ],
  ['unknown role', MEETING, participant({ role: 'boss' }), 'schema', 'participants[0].role'],
  ['unknown side', MEETING, participant({ side: 'us' }), 'schema', 'participants[0].side'],
  [
    'Iraqi on the other side',
    MEETING,
    participant({ side: 'counterpart' }),
    'participant-sides',
    'participants[0].side',
  ],
  [
    'parent that does not exist',
    MEETING,
    { parentId: 'eng_zzzzzz' },
    'references-resolve',
    'parentId',
  ],
  [
    'parent that is not a visit',
    MEETING,
    { parentId: 'eng_meet01' },
    'child-within-parent',
    'parentId',
  ],
  ['child outside its visit', MEETING, { date: '2020-11-20' }, 'child-within-parent', 'date'],
  ['id of the wrong kind', MEETING, { id: 'off_meet01' }, 'schema', 'id'],
  ['id unlike the file name', MEETING, { id: 'eng_meet99' }, 'id-matches-file', 'id'],
  ['missing schema hint', MEETING, { $schema: undefined }, 'schema-hint', '$schema'],
  [
    'wrong schema hint',
    MEETING,
    { $schema: '../../schema/official.schema.json' },
    'schema-hint',
    '$schema',
  ],
  [
    'prototype key',
    MEETING,
    JSON.parse('{"__proto__": {"polluted": true}}'),
    'no-prototype-keys',
    '__proto__',
  ],
  ['placeholder left', MEETING, { title: 'TODO: a headline' }, 'no-placeholders', 'title'],
  [
    'distinctFrom an unknown record',
    MEETING,
    { distinctFrom: [{ id: 'eng_zzzzzz', note: 'x' }] },
    'references-resolve',
    'distinctFrom[0].id',
  ],
  [
    'distinctFrom without a note',
    MEETING,
    { distinctFrom: [{ id: 'eng_visit1' }] },
    'schema',
    'distinctFrom[0].note',
  ],
  ['official without positions', IRAQI, { positions: [] }, 'schema', 'positions'],
  ['official without sources', IRAQI, { sources: [] }, 'schema', 'sources'],
  ['official of no state or organization', IRAQI, { country: undefined }, 'schema', 'country'],
  [
    'alias of an unknown kind',
    IRAQI,
    { aliases: [{ name: 'X Y', kind: 'nickname' }] },
    'schema',
    'aliases[0].kind',
  ],
  ['no aliases and no note', IRAQI, { aliases: [] }, 'official-aliases-or-note', 'aliases'],
  [
    'alias repeating the canonical name',
    IRAQI,
    { aliases: [{ name: 'Juma Inad Saadoun', kind: 'variant' }] },
    'official-entries-once',
    'aliases[0].name',
  ],
  [
    'alias citing an unknown source',
    IRAQI,
    { aliases: [{ name: 'X Y', kind: 'variant', sources: ['src_zzzzzz'] }] },
    'references-resolve',
    'aliases[0].sources[0]',
  ],
  [
    'term that ends before it starts',
    IRAQI,
    { positions: [{ title: 'Minister', from: '2010', to: '2005' }] },
    'position-terms-in-order',
    'positions[0].to',
  ],
  [
    'participant out of office',
    IRAQI,
    { positions: [{ title: 'Minister', from: '2021', to: '2022' }] },
    'participant-holds-position',
    'participants[0].officialId',
  ],
  [
    'native name without a language',
    IRAQI,
    { nativeName: { name: 'جمعة عناد' } },
    'schema',
    'nativeName.lang',
  ],
  ['bad language tag', SOURCE, { language: 'Arabic' }, 'schema', 'language'],
  ['relative URL', SOURCE, { url: '/news/1' }, 'schema', 'url'],
  ['URL of an IP address', SOURCE, { url: 'http://10.0.0.1/page' }, 'schema', 'url'],
  ['ftp URL', SOURCE, { url: 'ftp://example.com/a' }, 'schema', 'url'],
  [
    'publication date in the future',
    SOURCE,
    { published: '2099-01-01' },
    'no-future-dates',
    'published',
  ],
  ['publication date malformed', SOURCE, { published: '1 May 2020' }, 'schema', 'published'],
  ['unknown source kind', SOURCE, { kind: 'tweet' }, 'schema', 'kind'],
]

const report = (files: RecordFile[]) =>
  lintDataset({ files, today: '2026-11-30' }).map(
    ({ rule, file, path }) => `${rule} ${file} ${formatPath(path)}`,
  )

describe('reliability corpus: one invalid record per failure kind', () => {
  it('has at least 60 kinds', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CORPUS)(
    '%s is reported by the right rule at the right path',
    (_, file, change, rule, path) => {
      // A participant-holds-position case changes the official and is reported on the engagements.
      const where = rule === 'participant-holds-position' ? VISIT : file
      expect(report(withChange(file, change))).toContain(`${rule} ${where} ${path}`)
    },
  )
})
