import { toCsv } from '../formats/csv'
import { buildTables } from '../formats/tables/build-tables'
import type { Engagement } from '../index'
import { type Format, toTsv } from './usage'

/**
 * The counterparts of an engagement for display: the states other than Iraq, then
 * the organizations.
 *
 * @example
 * counterpartsOf({ countries: ['IQ', 'US'], organizations: ['NATO'] }) //=> 'US, NATO'
 */
export const counterpartsOf = (engagement: Pick<Engagement, 'countries' | 'organizations'>) =>
  [...engagement.countries.filter((code) => code !== 'IQ'), ...engagement.organizations].join(', ')

/** Date, type and counterparts at most this wide; the title takes the rest of the line. */
const CAPS = [23, 17, 16]

const clip = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)

function asTable(list: readonly Engagement[], width: number): string {
  const rows = list.map((engagement) => [
    engagement.date,
    engagement.type,
    counterpartsOf(engagement),
    engagement.title,
  ])
  const widths = CAPS.map((cap, column) =>
    Math.min(cap, Math.max(4, ...rows.map((row) => (row[column] as string).length))),
  )
  const titleWidth = Math.max(20, width - widths.reduce((sum, value) => sum + value + 2, 0))
  const lines = rows.map((row) =>
    [
      ...widths.map((columnWidth, column) => clip(row[column] as string, columnWidth)),
      clip(row[3] as string, titleWidth).trimEnd(),
    ].join('  '),
  )
  return `${lines.join('\n')}\n${list.length} engagement${list.length === 1 ? '' : 's'}\n`
}

/**
 * Engagements in the requested format: a terminal table, JSON, NDJSON, or CSV/TSV
 * with the columns of the shipped `engagements.csv`.
 *
 * @example
 * formatEngagements([], 'json', 100) //=> '[]\n'
 */
export function formatEngagements(
  list: readonly Engagement[],
  format: Format,
  width: number,
): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`
  if (format === 'ndjson') return list.map((record) => `${JSON.stringify(record)}\n`).join('')
  if (format === 'csv' || format === 'tsv') {
    const [table] = buildTables({ engagements: [...list], officials: [], sources: [] })
    const columns = table?.fields.map((field) => field.name) ?? []
    const rows = table?.rows ?? []
    return format === 'csv' ? toCsv(columns, rows) : toTsv([columns, ...rows])
  }
  return asTable(list, width)
}
