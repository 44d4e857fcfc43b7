import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import type { Source } from '../../core/schema/source'
import { SOURCE_KINDS } from '../../core/vocabulary/vocabulary'
import type { TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.source

/**
 * `sources.csv`: one row per cited publication.
 *
 * @example
 * sourcesTable.columns.map((column) => column.name)
 * //=> ['id', 'publisher', 'title', 'url', 'published', 'language', 'kind', 'notes']
 */
export const sourcesTable: TableDefinition<Source> = {
  name: 'sources',
  title: 'Sources',
  description: 'One row per cited publication.',
  primaryKey: ['id'],
  foreignKeys: [],
  rowsOf: (records) => records.sources,
  columns: [
    { name: 'id', type: 'string', description: D.id, required: true, value: (s) => s.id },
    {
      name: 'publisher',
      type: 'string',
      description: D.publisher,
      required: true,
      value: (s) => s.publisher,
    },
    { name: 'title', type: 'string', description: D.title, required: true, value: (s) => s.title },
    { name: 'url', type: 'string', description: D.url, required: true, value: (s) => s.url },
    { name: 'published', type: 'string', description: D.published, value: (s) => s.published },
    {
      name: 'language',
      type: 'string',
      description: D.language,
      required: true,
      value: (s) => s.language,
    },
    {
      name: 'kind',
      type: 'string',
      description: D.kind,
      required: true,
      enum: SOURCE_KINDS,
      value: (s) => s.kind,
    },
    { name: 'notes', type: 'string', description: D.notes, value: (s) => s.notes },
  ],
}
