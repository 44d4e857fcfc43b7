import { toCsv } from '../../formats/csv'
import { officials } from '../../index'
import { type Command, toTsv } from '../usage'

const COLUMNS = ['id', 'name', 'country', 'positions']

/**
 * `officials`: every person, with country and offices.
 *
 * @example
 * officialsCommand([], 'csv', 100).split('\r\n')[0] //=> 'id,name,country,positions'
 * JSON.parse(officialsCommand([], 'json', 100)).length === officials.length //=> true
 */
export const officialsCommand: Command = (_, format) => {
  if (format === 'json') return `${JSON.stringify(officials, null, 2)}\n`
  if (format === 'ndjson') {
    return officials.map((official) => `${JSON.stringify(official)}\n`).join('')
  }
  const rows = officials.map((official) => [
    official.id,
    official.name,
    official.country ?? official.organization ?? '',
    official.positions.map((position) => position.title).join('; '),
  ])
  if (format === 'csv') return toCsv(COLUMNS, rows)
  if (format === 'tsv') return toTsv([COLUMNS, ...rows])
  return `${rows.map((row) => row.join('  ')).join('\n')}\n`
}
