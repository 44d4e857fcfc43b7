import type { CountryCode } from '../../core/countries/alpha2-codes.generated'
import { countryName } from '../../core/countries/resolve-country'
import { engagementIdColumn, references, type TableDefinition } from './table'

/** One state party of one engagement. */
interface CountryRow {
  readonly engagementId: string
  readonly code: string
}

/**
 * `engagement_countries.csv`: one row per state party of each engagement.
 *
 * @example
 * const mine = { engagements: [myEngagement], officials: [], sources: [] }
 * renderTable(engagementCountriesTable, mine).rows
 * //=> [['eng_priv01', 'IQ', 'Iraq'], ['eng_priv01', 'FR', 'France']]
 */
export const engagementCountriesTable: TableDefinition<CountryRow> = {
  name: 'engagement_countries',
  title: 'Engagement countries',
  description: 'One row per state party of each engagement.',
  primaryKey: ['engagement_id', 'country_code'],
  foreignKeys: [references(['engagement_id'], 'engagements')],
  rowsOf: (records) =>
    records.engagements.flatMap((engagement) =>
      engagement.countries.map((code) => ({ engagementId: engagement.id, code })),
    ),
  columns: [
    engagementIdColumn((row) => row.engagementId),
    {
      name: 'country_code',
      type: 'string',
      description: 'ISO 3166-1 alpha-2 code.',
      required: true,
      value: (row) => row.code,
    },
    {
      name: 'country_name',
      type: 'string',
      description: 'English short name.',
      required: true,
      // The schema admits only ISO codes, so every code here has a name.
      value: (row) => countryName(row.code as CountryCode),
    },
  ],
}
