import type { CountryCode } from '../core/countries/alpha2-codes.generated'
import { countryName } from '../core/countries/resolve-country'
import type { CompletedRecords } from '../records/complete-records'
import type { CsvValue } from './csv'

/** A Table Schema field: name, Frictionless type and a description. */
export interface TableField {
  readonly name: string
  readonly type: 'string' | 'integer' | 'date'
  readonly description: string
  readonly constraints?: {
    readonly required?: boolean
    readonly enum?: readonly string[]
    readonly pattern?: string
  }
}

/** A foreign key from some fields to another table's fields. */
export interface TableForeignKey {
  readonly fields: readonly string[]
  readonly reference: { readonly resource: string; readonly fields: readonly string[] }
}

/** One flattened table: its schema, keys and rows, in a stable column order. */
export interface Table {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly fields: readonly TableField[]
  readonly primaryKey: readonly string[]
  readonly foreignKeys: readonly TableForeignKey[]
  readonly rows: readonly (readonly CsvValue[])[]
}

const LIST = 'Several values are separated by ";".'
const required = { required: true }
const field = (
  name: string,
  type: TableField['type'],
  description: string,
  constraints?: TableField['constraints'],
): TableField =>
  constraints ? { name, type, description, constraints } : { name, type, description }
const references = (fields: string[], resource: string, target = ['id']): TableForeignKey => ({
  fields,
  reference: { resource, fields: target },
})
const list = (values: readonly string[]) => (values.length ? values.join(';') : null)

/**
 * Flattens the records into the CSV tables the package ships, for SQL, R, Python
 * and spreadsheets: engagements, participants, engagement_countries,
 * engagement_sources, officials, aliases and sources. Column names are
 * snake_case; a record's nested lists become rows of their own table.
 */
export function buildTables({ engagements, officials, sources }: CompletedRecords): Table[] {
  return [
    {
      name: 'engagements',
      title: 'Engagements',
      description: 'One row per engagement, in chronological order.',
      fields: [
        field('id', 'string', 'Stable engagement id.', required),
        field('title', 'string', 'Short neutral headline.', required),
        field('summary', 'string', 'One to three sentences in the curators’ own words.', required),
        field(
          'type',
          'string',
          'What kind of engagement, e.g. visit, meeting, arms_deal.',
          required,
        ),
        field('status', 'string', 'occurred, announced, postponed or cancelled.', required),
        field(
          'date',
          'string',
          'EDTF date or interval, exactly as precise as the sources.',
          required,
        ),
        field('start_date', 'date', 'First possible day, derived from date; empty when unknown.'),
        field(
          'end_date',
          'date',
          'Last possible day, derived from date; empty when unknown or open.',
        ),
        field('precision', 'string', 'day, month or year.', required),
        field(
          'countries',
          'string',
          `ISO 3166-1 alpha-2 codes of the state parties. ${LIST}`,
          required,
        ),
        field('organizations', 'string', `International organizations that were a party. ${LIST}`),
        field('location_place', 'string', 'City, base or facility.'),
        field('location_country', 'string', 'ISO 3166-1 alpha-2 code of the location.'),
        field('topics', 'string', `What it was about. ${LIST}`),
        field('systems', 'string', `Weapons systems named. ${LIST}`),
        field('parent_id', 'string', 'The visit this engagement took place during.'),
        field('notes', 'string', 'Uncertainty and conflicting reports.'),
      ],
      primaryKey: ['id'],
      foreignKeys: [references(['parent_id'], 'engagements')],
      rows: engagements.map((e) => [
        e.id,
        e.title,
        e.summary,
        e.type,
        e.status,
        e.date,
        e.startDate,
        e.endDate,
        e.precision,
        list(e.countries),
        list(e.organizations),
        e.location?.place,
        e.location?.country,
        list(e.topics),
        list(e.systems),
        e.parentId,
        e.notes,
      ]),
    },
    {
      name: 'participants',
      title: 'Participants',
      description:
        'Who took part in each engagement, with name and title as the source reports them.',
      fields: [
        field('engagement_id', 'string', 'The engagement.', required),
        field('official_id', 'string', 'The official.', required),
        field('position', 'integer', 'Order of the participant in the record, from 1.', required),
        field('name_as_reported', 'string', 'Name as the cited source spells it.', required),
        field('title_as_reported', 'string', 'Title as the cited source gives it.'),
        field('role', 'string', 'e.g. head_of_delegation, host, signatory.', required),
        field('side', 'string', 'iraq, counterpart or third_party.', required),
      ],
      primaryKey: ['engagement_id', 'official_id'],
      foreignKeys: [
        references(['engagement_id'], 'engagements'),
        references(['official_id'], 'officials'),
      ],
      rows: engagements.flatMap((e) =>
        e.participants.map((p, index) => [
          e.id,
          p.officialId,
          index + 1,
          p.name,
          p.title,
          p.role,
          p.side,
        ]),
      ),
    },
    {
      name: 'engagement_countries',
      title: 'Engagement countries',
      description: 'One row per state party of each engagement.',
      fields: [
        field('engagement_id', 'string', 'The engagement.', required),
        field('country_code', 'string', 'ISO 3166-1 alpha-2 code.', required),
        field('country_name', 'string', 'English short name.', required),
      ],
      primaryKey: ['engagement_id', 'country_code'],
      foreignKeys: [references(['engagement_id'], 'engagements')],
      rows: engagements.flatMap((e) =>
        e.countries.map((code) => [e.id, code, countryName(code as CountryCode)]),
      ),
    },
    {
      name: 'engagement_sources',
      title: 'Citations',
      description: 'Which sources each engagement cites, and what each supports.',
      fields: [
        field('engagement_id', 'string', 'The engagement.', required),
        field('source_id', 'string', 'The source.', required),
        field(
          'supports',
          'string',
          `What the source backs: occurrence, date, participants, location, content, figures. ${LIST}`,
          required,
        ),
        field('note', 'string', 'Remark on the citation.'),
      ],
      primaryKey: ['engagement_id', 'source_id'],
      foreignKeys: [
        references(['engagement_id'], 'engagements'),
        references(['source_id'], 'sources'),
      ],
      rows: engagements.flatMap((e) =>
        e.sources.map((c) => [e.id, c.sourceId, list(c.supports), c.note]),
      ),
    },
    {
      name: 'officials',
      title: 'Officials',
      description: 'One row per person.',
      fields: [
        field('id', 'string', 'Stable official id.', required),
        field('name', 'string', 'Canonical English name.', required),
        field('native_name', 'string', 'Name in the person’s own script.'),
        field('native_name_lang', 'string', 'BCP 47 tag of native_name.'),
        field('country', 'string', 'ISO 3166-1 alpha-2 code of the state served.'),
        field('organization', 'string', 'International organization served, e.g. NATO.'),
        field('positions', 'string', `Offices held, as "title (from–to)". ${LIST}`),
        field('notes', 'string', 'Remarks on identity and spelling.'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: officials.map((o) => [
        o.id,
        o.name,
        o.nativeName?.name,
        o.nativeName?.lang,
        o.country,
        o.organization,
        list(
          o.positions.map((p) =>
            p.from || p.to ? `${p.title} (${p.from ?? ''}–${p.to ?? ''})` : p.title,
          ),
        ),
        o.notes,
      ]),
    },
    {
      name: 'aliases',
      title: 'Aliases',
      description: 'Every other spelling of each official seen in the sources.',
      fields: [
        field('official_id', 'string', 'The official.', required),
        field('alias', 'string', 'The spelling.', required),
        field('kind', 'string', 'variant, misspelling or other_script.', required),
        field('lang', 'string', 'BCP 47 tag, where known.'),
        field('note', 'string', 'Where the spelling comes from.'),
      ],
      primaryKey: ['official_id', 'alias'],
      foreignKeys: [references(['official_id'], 'officials')],
      rows: officials.flatMap((o) => o.aliases.map((a) => [o.id, a.name, a.kind, a.lang, a.note])),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'One row per cited publication.',
      fields: [
        field('id', 'string', 'Stable source id.', required),
        field('publisher', 'string', 'Who published it.', required),
        field('title', 'string', 'Headline in the original language.', required),
        field('url', 'string', 'Absolute http(s) URL.', required),
        field('published', 'string', 'EDTF publication date; empty when not established.'),
        field('language', 'string', 'BCP 47 language tag.', required),
        field(
          'kind',
          'string',
          'news, wire, official_statement, broadcast, blog, forum, reference or other.',
          required,
        ),
        field('notes', 'string', 'Provenance remarks.'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: sources.map((s) => [
        s.id,
        s.publisher,
        s.title,
        s.url,
        s.published,
        s.language,
        s.kind,
        s.notes,
      ]),
    },
  ]
}
