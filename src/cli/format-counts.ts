import { toCsv } from '../formats/csv'
import { type Format, toTsv } from './usage'

/**
 * How often each value occurs, most frequent first, ties in alphabetical order.
 *
 * @example
 * tally(['IR', 'US', 'IR']) //=> [['IR', 2], ['US', 1]]
 */
export const tally = (values: readonly string[]): [string, number][] =>
  [
    ...values.reduce(
      (map, value) => map.set(value, (map.get(value) ?? 0) + 1),
      new Map<string, number>(),
    ),
  ].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))

/**
 * Counts in the requested format, `key` naming the counted thing.
 *
 * @example
 * formatCounts([['IR', 2]], 'csv', 'counterpart') //=> 'counterpart,count\r\nIR,2\r\n'
 */
export function formatCounts(entries: [string, number][], format: Format, key: string): string {
  if (format === 'json') return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`
  if (format === 'ndjson') {
    return entries.map(([name, count]) => `${JSON.stringify({ [key]: name, count })}\n`).join('')
  }
  if (format === 'csv') return toCsv([key, 'count'], entries)
  if (format === 'tsv') return toTsv([[key, 'count'], ...entries])
  const width = Math.max(...entries.map(([name]) => name.length), key.length)
  return `${entries.map(([name, count]) => `${name.padEnd(width)}  ${count}`).join('\n')}\n`
}
