import { toCsv } from '../../formats/csv'
import { buildTables } from '../../formats/tables/build-tables'
import type { CompletedRecords } from '../../records/complete-records'
import { type ExportFiles, renderDataPackage } from './data-package'
import { recordsJson } from './records-json'

/**
 * Every data file the package ships under `dist/data/`, from the same validated
 * records as the JavaScript entry: JSON arrays and NDJSON of each record kind, the
 * flattened CSV tables, and the Data Package descriptor that describes them.
 *
 * @example
 * Object.keys(renderExports(records, '1.0.0')).filter((path) => path.startsWith('engagements'))
 * //=> ['engagements.json', 'engagements.ndjson']
 */
export function renderExports(records: CompletedRecords, version: string): ExportFiles {
  const files: ExportFiles = {}
  for (const kind of ['engagements', 'officials', 'sources'] as const) {
    files[`${kind}.json`] = recordsJson(records[kind])
    files[`${kind}.ndjson`] = records[kind].map((record) => `${JSON.stringify(record)}\n`).join('')
  }
  const tables = buildTables(records)
  for (const table of tables) {
    files[`csv/${table.name}.csv`] = toCsv(
      table.fields.map((field) => field.name),
      table.rows,
    )
  }
  files['datapackage.json'] = renderDataPackage(tables, files, version)
  return files
}
