import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import type { Official } from '../../core/schema/official'
import { LIST, listCell, type TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.official

/** An office as one cell: `title (from–to)`, or the title alone when undated. */
const positionCell = (position: Official['positions'][number]): string =>
  position.from || position.to
    ? `${position.title} (${position.from ?? ''}–${position.to ?? ''})`
    : position.title

/**
 * `officials.csv`: one row per person.
 *
 * @example
 * const positions = officialsTable.columns.find((column) => column.name === 'positions')
 * positions.value({ positions: [{ title: 'Minister of Defence', from: '2022-10' }] })
 * //=> 'Minister of Defence (2022-10–)'
 */
export const officialsTable: TableDefinition<Official> = {
  name: 'officials',
  title: 'Officials',
  description: 'One row per person.',
  primaryKey: ['id'],
  foreignKeys: [],
  rowsOf: (records) => records.officials,
  columns: [
    { name: 'id', type: 'string', description: D.id, required: true, value: (o) => o.id },
    { name: 'name', type: 'string', description: D.name, required: true, value: (o) => o.name },
    {
      name: 'native_name',
      type: 'string',
      description: FIELD_DESCRIPTIONS.nativeName.name,
      value: (o) => o.nativeName?.name,
    },
    {
      name: 'native_name_lang',
      type: 'string',
      description: FIELD_DESCRIPTIONS.nativeName.lang,
      value: (o) => o.nativeName?.lang,
    },
    { name: 'country', type: 'string', description: D.country, value: (o) => o.country },
    {
      name: 'organization',
      type: 'string',
      description: D.organization,
      value: (o) => o.organization,
    },
    {
      name: 'positions',
      type: 'string',
      description: `${D.positions} Each as "title (from–to)". ${LIST}`,
      value: (o) => listCell(o.positions.map(positionCell)),
    },
    { name: 'notes', type: 'string', description: D.notes, value: (o) => o.notes },
  ],
}
