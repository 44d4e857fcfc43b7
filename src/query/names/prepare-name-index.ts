import type { Official } from '../../core/schema/official'
import { type PackedTable, packTable } from '../packed-table'
import { type NameTables, nameTablesOf } from './name-tables'

/**
 * The name tables as the build writes them for the shipped officials: strings that a
 * first query reads in place, with no map to fill (see `NameTables`).
 */
export type PreparedNameIndex = NameTables<PackedTable>

/**
 * Prepares the name index of `officials` for the build: its tables packed.
 *
 * @example
 * const prepared = prepareNameIndex(officials)
 * prepared.variants.split('\n')[0] //=> '0\taasim zaheer\tasam zahar\t'
 * prepared.byExactName.includes('\njuma inad saadoun\t') //=> true
 */
export function prepareNameIndex(officials: readonly Official[]): PreparedNameIndex {
  const tables = nameTablesOf(officials)
  return {
    ...tables,
    byExactName: packTable(tables.byExactName),
    byKeys: packTable(tables.byKeys),
    withKey: packTable(tables.withKey),
    withWord: packTable(tables.withWord),
  }
}
