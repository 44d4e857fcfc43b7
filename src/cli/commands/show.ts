import { type Engagement, engagements, getEngagement, getOfficial, getSource } from '../../index'
import { counterpartsOf } from '../format-engagements'
import { type Command, single, UsageError } from '../usage'

function describeEngagement(record: Engagement): string {
  const children = engagements.filter((engagement) => engagement.parentId === record.id)
  return [
    `${record.title}`,
    `${record.date} · ${record.type} · ${record.status} · ${counterpartsOf(record)}`,
    '',
    record.summary,
    '',
    'Participants:',
    ...record.participants.map((person) => `  ${person.name} (${person.role}, ${person.side})`),
    'Sources:',
    ...record.sources.map(
      ({ sourceId }) => `  ${getSource(sourceId)?.publisher}: ${getSource(sourceId)?.url}`,
    ),
    ...(children.length
      ? [
          'Inside this visit:',
          ...children.map((child) => `  ${child.id} ${child.date} ${child.title}`),
        ]
      : []),
    ...(record.notes ? ['', `Notes: ${record.notes}`] : []),
    '',
  ].join('\n')
}

/**
 * `show <id>`: one engagement, official or source; an engagement as a readable card.
 *
 * @example
 * showCommand(['eng_57vbpo'], 'table', 100).split('\n')[1]
 * //=> '2021-02-24/2021-02-27 · visit · occurred · PK'
 * JSON.parse(showCommand([official.id], 'table', 100)).name === official.name //=> true
 * try { showCommand(['eng_57vbpo'], 'csv', 100) } catch (error) { error.message }
 * //=> 'show prints table or json'
 */
export const showCommand: Command = (args, format) => {
  const id = single(args, 'an id')
  const record = getEngagement(id) ?? getOfficial(id) ?? getSource(id)
  if (!record) throw new UsageError(`no engagement, official or source has the id "${id}"`)
  if (format !== 'table' && format !== 'json') throw new UsageError('show prints table or json')
  if (format === 'json' || !('participants' in record)) {
    return `${JSON.stringify(record, null, 2)}\n`
  }
  return describeEngagement(record)
}
