import { createHash } from 'node:crypto'
import type { Table } from '../../formats/tables/table'

/** A file the package ships under `dist/data/`, keyed by its path there. */
export type ExportFiles = Record<string, string>

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * The Frictionless Data Package (v2) descriptor of the CSV tables: each resource
 * with its Table Schema (types, primary key, foreign keys), size and hash. It also
 * carries the v1 `profile` properties, which v2 readers ignore and v1 tools need.
 *
 * @param tables - the tables, as `buildTables` returns them
 * @param files - the rendered files, to measure and hash each CSV
 * @param version - the package version, which is the data version
 *
 * @example
 * JSON.parse(renderDataPackage([], {}, '1.2.0')).version //=> '1.2.0'
 * const files = renderExports(records, '1.2.0')
 * JSON.parse(files['datapackage.json']).resources[0].path //=> 'csv/engagements.csv'
 */
export function renderDataPackage(
  tables: readonly Table[],
  files: ExportFiles,
  version: string,
): string {
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: 'tabular-data-package',
    name: 'iraq-defense-engagements',
    title: 'Iraq Defense Engagements',
    description:
      "Curated, sourced records of Iraq's defense engagements with other states and organizations: visits, meetings, agreements, arms deals, training offers and facility tours. Dates are EDTF strings as precise as the sources, with derived start and end days.",
    version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    keywords: ['Iraq', 'defense', 'defence diplomacy', 'event data', 'EDTF'],
    resources: tables.map((table) => {
      const path = `csv/${table.name}.csv`
      const text = files[path] ?? ''
      return {
        name: table.name,
        type: 'table',
        profile: 'tabular-data-resource',
        path,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: table.title,
        description: table.description,
        bytes: Buffer.byteLength(text, 'utf8'),
        hash: `sha256:${sha256(text)}`,
        schema: {
          fields: table.fields,
          missingValues: [''],
          primaryKey: table.primaryKey,
          // Omitted when empty: the profile wants at least one key when the property is present.
          ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
        },
      }
    }),
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`
}
