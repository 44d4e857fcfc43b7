import { countryName, engagements, officials, sources } from '../../index'
import { formatCounts, tally } from '../format-counts'
import { counterpartsOf } from '../format-engagements'
import type { Command } from '../usage'

const counterparts = () =>
  tally(engagements.flatMap((engagement) => counterpartsOf(engagement).split(', ').filter(Boolean)))

const counterpartName = (code: string) =>
  /^[A-Z]{2}$/.test(code) ? `${countryName(code as 'IQ')} (${code})` : code

/**
 * `stats`: the counts by counterpart, year and type.
 *
 * @example
 * const [headline, , heading] = statsCommand([], 'table', 100).split('\n')
 * headline.startsWith(`${engagements.length} engagements, ${officials.length} officials`)
 * //=> true
 * heading //=> 'By counterpart:'
 */
export const statsCommand: Command = (_, format) => {
  const byCounterpart = counterparts()
  const byYear = tally(
    engagements.map((engagement) => (engagement.startDate ?? engagement.date).slice(0, 4)),
  ).sort(([a], [b]) => a.localeCompare(b))
  const byType = tally(engagements.map((engagement) => engagement.type))
  if (format !== 'table') {
    return formatCounts([...byCounterpart, ...byYear, ...byType], format, 'key')
  }
  return [
    `${engagements.length} engagements, ${officials.length} officials, ${sources.length} sources`,
    '',
    'By counterpart:',
    formatCounts(
      byCounterpart.map(([code, count]) => [counterpartName(code), count]),
      format,
      'counterpart',
    ),
    'By year:',
    formatCounts(byYear, format, 'year'),
    'By type:',
    formatCounts(byType, format, 'type'),
  ].join('\n')
}

/**
 * `countries`: how many engagements each counterpart has.
 *
 * @example
 * countriesCommand([], 'csv', 100).split('\r\n')[0] //=> 'counterpart,count'
 * JSON.parse(countriesCommand([], 'json', 100)).TR === byCountry('TR').length //=> true
 */
export const countriesCommand: Command = (_, format) =>
  formatCounts(counterparts(), format, 'counterpart')
