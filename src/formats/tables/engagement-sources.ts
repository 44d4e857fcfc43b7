import type { Citation } from '../../core/schema/engagement'
import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import { engagementIdColumn, LIST, listCell, references, type TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.citation

/** One citation of one engagement. */
interface CitationRow {
  readonly engagementId: string
  readonly citation: Citation
}

/**
 * `engagement_sources.csv`: which sources each engagement cites, and for what.
 *
 * @example
 * const mine = { engagements: [myEngagement], officials: [], sources: [] }
 * renderTable(engagementSourcesTable, mine).rows[0].slice(1, 3) //=> [sources[0].id, 'occurrence']
 * engagementSourcesTable.foreignKeys.map((key) => key.reference.resource)
 * //=> ['engagements', 'sources']
 */
export const engagementSourcesTable: TableDefinition<CitationRow> = {
  name: 'engagement_sources',
  title: 'Citations',
  description: 'Which sources each engagement cites, and what each supports.',
  primaryKey: ['engagement_id', 'source_id'],
  foreignKeys: [references(['engagement_id'], 'engagements'), references(['source_id'], 'sources')],
  rowsOf: (records) =>
    records.engagements.flatMap((engagement) =>
      engagement.sources.map((citation) => ({ engagementId: engagement.id, citation })),
    ),
  columns: [
    engagementIdColumn((row) => row.engagementId),
    {
      name: 'source_id',
      type: 'string',
      description: D.sourceId,
      required: true,
      value: (row) => row.citation.sourceId,
    },
    {
      name: 'supports',
      type: 'string',
      description: `${D.supports} ${LIST}`,
      required: true,
      value: (row) => listCell(row.citation.supports),
    },
    { name: 'note', type: 'string', description: D.note, value: (row) => row.citation.note },
  ],
}
