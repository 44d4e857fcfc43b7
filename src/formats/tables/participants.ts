import type { Engagement, Participant } from '../../core/schema/engagement'
import { FIELD_DESCRIPTIONS } from '../../core/schema/field-descriptions'
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES } from '../../core/vocabulary/vocabulary'
import { engagementIdColumn, references, type TableDefinition } from './table'

const D = FIELD_DESCRIPTIONS.participant

/** A participant with the engagement it belongs to and its place in the record. */
interface ParticipantRow {
  readonly engagement: Engagement
  readonly participant: Participant
  readonly position: number
}

/**
 * `participants.csv`: who took part in each engagement, as the sources report them.
 *
 * @example
 * const table = renderTable(participantsTable, records)
 * table.rows.length === engagements.flatMap((engagement) => engagement.participants).length
 * //=> true
 * table.fields.find((field) => field.name === 'position').type //=> 'integer'
 */
export const participantsTable: TableDefinition<ParticipantRow> = {
  name: 'participants',
  title: 'Participants',
  description: 'Who took part in each engagement, with name and title as the source reports them.',
  primaryKey: ['engagement_id', 'official_id'],
  foreignKeys: [
    references(['engagement_id'], 'engagements'),
    references(['official_id'], 'officials'),
  ],
  rowsOf: (records) =>
    records.engagements.flatMap((engagement) =>
      engagement.participants.map((participant, index) => ({
        engagement,
        participant,
        position: index + 1,
      })),
    ),
  columns: [
    engagementIdColumn((row) => row.engagement.id),
    {
      name: 'official_id',
      type: 'string',
      description: D.officialId,
      required: true,
      value: (row) => row.participant.officialId,
    },
    {
      name: 'position',
      type: 'integer',
      description: 'Order of the participant in the record, from 1.',
      required: true,
      value: (row) => row.position,
    },
    {
      name: 'name_as_reported',
      type: 'string',
      description: D.name,
      required: true,
      value: (row) => row.participant.name,
    },
    {
      name: 'title_as_reported',
      type: 'string',
      description: D.title,
      value: (row) => row.participant.title,
    },
    {
      name: 'role',
      type: 'string',
      description: D.role,
      required: true,
      enum: PARTICIPANT_ROLES,
      value: (row) => row.participant.role,
    },
    {
      name: 'side',
      type: 'string',
      description: D.side,
      required: true,
      enum: PARTICIPANT_SIDES,
      value: (row) => row.participant.side,
    },
  ],
}
