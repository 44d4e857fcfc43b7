import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import type { Official } from '../../core/schema/official'
import { ALIAS_KINDS } from '../../core/vocabulary/vocabulary'
import { references, type TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.alias

/** One alias of one official. */
interface AliasRow {
  readonly officialId: string
  readonly alias: Official['aliases'][number]
}

/**
 * `aliases.csv`: every other spelling of each official seen in the sources.
 *
 * @example
 * aliasesTable.columns.map((column) => column.name)
 * //=> ['official_id', 'alias', 'kind', 'lang', 'note']
 * aliasesTable.rowsOf(records).length === officials.flatMap((o) => o.aliases).length //=> true
 */
export const aliasesTable: TableDefinition<AliasRow> = {
  name: 'aliases',
  title: 'Aliases',
  description: 'Every other spelling of each official seen in the sources.',
  primaryKey: ['official_id', 'alias'],
  foreignKeys: [references(['official_id'], 'officials')],
  rowsOf: (records) =>
    records.officials.flatMap((official) =>
      official.aliases.map((alias) => ({ officialId: official.id, alias })),
    ),
  columns: [
    {
      name: 'official_id',
      type: 'string',
      description: 'The official.',
      required: true,
      value: (row) => row.officialId,
    },
    {
      name: 'alias',
      type: 'string',
      description: D.name,
      required: true,
      value: (row) => row.alias.name,
    },
    {
      name: 'kind',
      type: 'string',
      description: D.kind,
      required: true,
      enum: ALIAS_KINDS,
      value: (row) => row.alias.kind,
    },
    { name: 'lang', type: 'string', description: D.lang, value: (row) => row.alias.lang },
    { name: 'note', type: 'string', description: D.note, value: (row) => row.alias.note },
  ],
}
