import type { RecordFile } from '../../src/core/record-kinds'

/** A small, valid dataset: one source, an Iraqi and an Iranian official, a visit and a meeting in it. */
export function validDataset(): RecordFile[] {
  const source = {
    $schema: '../../schema/source.schema.json',
    id: 'src_aaaaaa',
    publisher: 'Mehr News Agency',
    title: 'Iranian, Iraqi military officials hold meeting in Tehran',
    url: 'https://en.mehrnews.com/news/165888/Iranian-Iraqi-military-officials-hold-meeting-in-Tehran',
    published: '2020-11-15',
    language: 'en',
    kind: 'news',
  }
  const official = (id: string, name: string, country: string) => ({
    $schema: '../../schema/official.schema.json',
    id,
    name,
    aliases: [{ name: name.toUpperCase(), kind: 'variant' }],
    country,
    positions: [{ title: 'Minister of Defence' }],
    sources: ['src_aaaaaa'],
  })
  const participants = [
    { officialId: 'off_iraq01', name: 'Juma Inad', role: 'head_of_delegation', side: 'iraq' },
    { officialId: 'off_iran01', name: 'Khatami', role: 'host', side: 'counterpart' },
  ]
  const engagement = (id: string, fields: Record<string, unknown>) => ({
    $schema: '../../schema/engagement.schema.json',
    id,
    title: 'Iraqi defence minister in Tehran',
    summary: 'The Iraqi defence minister held talks in Tehran.',
    type: 'visit',
    status: 'occurred',
    date: '2020-11-14/2020-11-15',
    countries: ['IQ', 'IR'],
    participants,
    sources: [{ sourceId: 'src_aaaaaa', supports: ['occurrence', 'date'] }],
    ...fields,
  })
  return [
    { file: 'data/sources/src_aaaaaa.json', kind: 'source', value: source },
    {
      file: 'data/officials/off_iraq01.json',
      kind: 'official',
      value: official('off_iraq01', 'Juma Inad Saadoun', 'IQ'),
    },
    {
      file: 'data/officials/off_iran01.json',
      kind: 'official',
      value: official('off_iran01', 'Amir Hatami', 'IR'),
    },
    {
      file: 'data/engagements/eng_visit1.json',
      kind: 'engagement',
      value: engagement('eng_visit1', {}),
    },
    {
      file: 'data/engagements/eng_meet01.json',
      kind: 'engagement',
      value: engagement('eng_meet01', {
        type: 'meeting',
        date: '2020-11-14',
        parentId: 'eng_visit1',
      }),
    },
  ]
}

/** The dataset with one record's fields replaced (or removed, with `undefined`). */
export function withChange(file: string, change: Record<string, unknown>): RecordFile[] {
  return validDataset().map((entry) => {
    if (entry.file !== file) return entry
    const value = { ...(entry.value as Record<string, unknown>), ...change }
    for (const [key, field] of Object.entries(change)) if (field === undefined) delete value[key]
    return { ...entry, value }
  })
}
