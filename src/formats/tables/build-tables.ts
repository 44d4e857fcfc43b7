import type { CompletedRecords } from '../../records/complete-records'
import { aliasesTable } from './aliases'
import { engagementCountriesTable } from './engagement-countries'
import { engagementSourcesTable } from './engagement-sources'
import { engagementsTable } from './engagements'
import { officialsTable } from './officials'
import { participantsTable } from './participants'
import { sourcesTable } from './sources'
import { renderTable, type Table } from './table'

/**
 * Flattens the records into the CSV tables the package ships, for SQL, R, Python
 * and spreadsheets: engagements, participants, engagement_countries,
 * engagement_sources, officials, aliases and sources. Column names are snake_case;
 * a record's nested lists become rows of their own table. Each table is defined in
 * its own module of this folder.
 *
 * @example
 * buildTables({ engagements: [], officials: [], sources: [] }).map((table) => table.name)
 * //=> ['engagements', 'participants', 'engagement_countries', 'engagement_sources', 'officials', 'aliases', 'sources']
 */
export function buildTables(records: CompletedRecords): Table[] {
  return [
    renderTable(engagementsTable, records),
    renderTable(participantsTable, records),
    renderTable(engagementCountriesTable, records),
    renderTable(engagementSourcesTable, records),
    renderTable(officialsTable, records),
    renderTable(aliasesTable, records),
    renderTable(sourcesTable, records),
  ]
}
