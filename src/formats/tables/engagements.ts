import { DATE_PRECISIONS } from '../../core/dates/precision'
import type { Engagement } from '../../core/schema/engagement'
import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import { ENGAGEMENT_STATUSES, ENGAGEMENT_TYPES } from '../../core/vocabulary/vocabulary'
import { LIST, listCell, references, type TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.engagement

/**
 * `engagements.csv`: one row per engagement, in chronological order.
 *
 * @example
 * engagementsTable.columns[0].name //=> 'id'
 * engagementsTable.columns.find((column) => column.name === 'countries').value(myEngagement)
 * //=> 'IQ;FR'
 */
export const engagementsTable: TableDefinition<Engagement> = {
  name: 'engagements',
  title: 'Engagements',
  description: 'One row per engagement, in chronological order.',
  primaryKey: ['id'],
  foreignKeys: [references(['parent_id'], 'engagements')],
  rowsOf: (records) => records.engagements,
  columns: [
    { name: 'id', type: 'string', description: D.id, required: true, value: (e) => e.id },
    { name: 'title', type: 'string', description: D.title, required: true, value: (e) => e.title },
    {
      name: 'summary',
      type: 'string',
      description: D.summary,
      required: true,
      value: (e) => e.summary,
    },
    {
      name: 'type',
      type: 'string',
      description: D.type,
      required: true,
      enum: ENGAGEMENT_TYPES,
      value: (e) => e.type,
    },
    {
      name: 'status',
      type: 'string',
      description: D.status,
      required: true,
      enum: ENGAGEMENT_STATUSES,
      value: (e) => e.status,
    },
    { name: 'date', type: 'string', description: D.date, required: true, value: (e) => e.date },
    { name: 'start_date', type: 'date', description: D.startDate, value: (e) => e.startDate },
    { name: 'end_date', type: 'date', description: D.endDate, value: (e) => e.endDate },
    {
      name: 'precision',
      type: 'string',
      description: D.precision,
      required: true,
      enum: DATE_PRECISIONS,
      value: (e) => e.precision,
    },
    {
      name: 'countries',
      type: 'string',
      description: `${D.countries} ${LIST}`,
      required: true,
      value: (e) => listCell(e.countries),
    },
    {
      name: 'organizations',
      type: 'string',
      description: `${D.organizations} ${LIST}`,
      value: (e) => listCell(e.organizations),
    },
    {
      name: 'location_place',
      type: 'string',
      description: FIELD_DESCRIPTIONS.location.place,
      value: (e) => e.location?.place,
    },
    {
      name: 'location_country',
      type: 'string',
      description: FIELD_DESCRIPTIONS.location.country,
      value: (e) => e.location?.country,
    },
    {
      name: 'topics',
      type: 'string',
      description: `${D.topics} ${LIST}`,
      value: (e) => listCell(e.topics),
    },
    {
      name: 'systems',
      type: 'string',
      description: `${D.systems} ${LIST}`,
      value: (e) => listCell(e.systems),
    },
    { name: 'parent_id', type: 'string', description: D.parentId, value: (e) => e.parentId },
    { name: 'notes', type: 'string', description: D.notes, value: (e) => e.notes },
  ],
}
