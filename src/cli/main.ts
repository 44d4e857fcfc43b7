/**
 * @file `npx iraq-defense-engagements`: the dataset from a terminal, for analysts who
 * would rather not write code. Every answer comes from the library's own helpers;
 * the command line only parses options and prints.
 */
import { parseArgs } from 'node:util'
import { toCsv } from '../formats/csv'
import { buildTables } from '../formats/tables/build-tables'
import {
  byCountry,
  byOfficial,
  byOrganization,
  countryName,
  DatasetQueryError,
  type Engagement,
  engagements,
  getEngagement,
  getOfficial,
  getSource,
  officials,
  search,
  sources,
  timeline,
} from '../index'
import { HELP, helpFor } from './help'

const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const
type Format = (typeof FORMATS)[number]

const counterpartsOf = (engagement: Engagement) =>
  [...engagement.countries.filter((code) => code !== 'IQ'), ...engagement.organizations].join(', ')

/** Engagements in the requested format, with the column layout of the shipped CSV files. */
function formatEngagements(list: readonly Engagement[], format: Format, width: number): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`
  if (format === 'ndjson') return list.map((record) => `${JSON.stringify(record)}\n`).join('')
  if (format === 'csv' || format === 'tsv') {
    const [table] = buildTables({ engagements: [...list], officials: [], sources: [] })
    const columns = table?.fields.map((field) => field.name) ?? []
    const rows = table?.rows ?? []
    if (format === 'csv') return toCsv(columns, rows)
    const cell = (value: unknown) => String(value ?? '').replace(/[\t\r\n]+/g, ' ')
    return [columns, ...rows].map((row) => `${row.map(cell).join('\t')}\n`).join('')
  }
  // Date, type and counterparts at most this wide; the title takes the rest of the line.
  const caps = [23, 17, 16]
  const clip = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)
  const rows = list.map((engagement) => [
    engagement.date,
    engagement.type,
    counterpartsOf(engagement),
    engagement.title,
  ])
  const widths = caps.map((cap, column) =>
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

function formatCounts(entries: [string, number][], format: Format, key: string): string {
  if (format === 'json') return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`
  if (format === 'ndjson') {
    return entries.map(([name, count]) => `${JSON.stringify({ [key]: name, count })}\n`).join('')
  }
  if (format === 'csv') return toCsv([key, 'count'], entries)
  if (format === 'tsv')
    return [[key, 'count'], ...entries].map((row) => `${row.join('\t')}\n`).join('')
  const width = Math.max(...entries.map(([name]) => name.length), key.length)
  return `${entries.map(([name, count]) => `${name.padEnd(width)}  ${count}`).join('\n')}\n`
}

const tally = (values: string[]) =>
  [
    ...values.reduce(
      (map, value) => map.set(value, (map.get(value) ?? 0) + 1),
      new Map<string, number>(),
    ),
  ].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))

const counterpartName = (code: string) =>
  /^[A-Z]{2}$/.test(code) ? `${countryName(code as 'IQ')} (${code})` : code

const COMMANDS: Record<string, (args: string[], format: Format, width: number) => string> = {
  timeline(args, format, width) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        country: { type: 'string' },
        official: { type: 'string' },
        organization: { type: 'string' },
        system: { type: 'string' },
        topic: { type: 'string', multiple: true },
        'participant-side': { type: 'string', multiple: true },
        type: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        order: { type: 'string' },
      },
    })
    const { 'participant-side': participantSide, ...rest } = values
    const options = participantSide === undefined ? rest : { ...rest, participantSide }
    // Without groupBy, timeline answers with engagements.
    const found = timeline(options as Parameters<typeof timeline>[0] & { groupBy?: undefined })
    return formatEngagements(found, format, width)
  },
  country: (args, format, width) =>
    formatEngagements(byCountry(single(args, 'a country')), format, width),
  official: (args, format, width) =>
    formatEngagements(byOfficial(single(args, 'a name')), format, width),
  organization: (args, format, width) =>
    formatEngagements(byOrganization(single(args, 'an organization')), format, width),
  search(args, format, width) {
    const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} })
    if (positionals.length === 0) throw new UsageError('expected words to search for')
    return formatEngagements(search(positionals.join(' ')), format, width)
  },
  show(args, format) {
    const id = single(args, 'an id')
    const record = getEngagement(id) ?? getOfficial(id) ?? getSource(id)
    if (!record) throw new UsageError(`no engagement, official or source has the id "${id}"`)
    if (format !== 'table' && format !== 'json') throw new UsageError('show prints table or json')
    if (format === 'json' || !('participants' in record))
      return `${JSON.stringify(record, null, 2)}\n`
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
  },
  stats(_, format) {
    const byCounterpart = tally(
      engagements.flatMap((engagement) => counterpartsOf(engagement).split(', ').filter(Boolean)),
    )
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
  },
  countries: (_, format) =>
    formatCounts(
      tally(
        engagements.flatMap((engagement) => counterpartsOf(engagement).split(', ').filter(Boolean)),
      ),
      format,
      'counterpart',
    ),
  officials(_, format) {
    if (format === 'json') return `${JSON.stringify(officials, null, 2)}\n`
    if (format === 'ndjson')
      return officials.map((official) => `${JSON.stringify(official)}\n`).join('')
    const rows = officials.map((official) => [
      official.id,
      official.name,
      official.country ?? official.organization ?? '',
      official.positions.map((position) => position.title).join('; '),
    ])
    if (format === 'csv') return toCsv(['id', 'name', 'country', 'positions'], rows)
    if (format === 'tsv')
      return [['id', 'name', 'country', 'positions'], ...rows]
        .map((row) => `${row.join('\t')}\n`)
        .join('')
    return `${rows.map((row) => row.join('  ')).join('\n')}\n`
  },
}

/** A mistake in how the command was called: printed with a hint, exit code 2. */
class UsageError extends Error {}

function single(args: string[], what: string): string {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} })
  if (positionals.length !== 1)
    throw new UsageError(
      `expected ${what}, found ${positionals.length === 0 ? 'nothing' : positionals.join(' ')}`,
    )
  return positionals[0] as string
}

/**
 * Runs one command line and returns what to print and the exit code: 0 for an
 * answer (an empty one included), 2 for a bad command, option or query.
 *
 * @example
 * run(['country', 'Atlantis']).code //=> 2
 */
export function run(
  argv: readonly string[],
  width = 100,
): { stdout: string; stderr: string; code: number } {
  const [command = '', ...rest] = argv
  const help = helpFor(argv)
  if (help) return help
  const handler = COMMANDS[command]
  if (!handler)
    return { stdout: '', stderr: `✖ unknown command "${command}"\n\n${HELP['']}\n`, code: 2 }
  try {
    const formatAt = rest.indexOf('--format')
    const format = (formatAt === -1 ? 'table' : rest[formatAt + 1]) as Format
    if (!FORMATS.includes(format))
      throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}`)
    const args = formatAt === -1 ? rest : [...rest.slice(0, formatAt), ...rest.slice(formatAt + 2)]
    return { stdout: handler(args, format, width), stderr: '', code: 0 }
  } catch (error) {
    if (
      error instanceof DatasetQueryError ||
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      return {
        stdout: '',
        stderr: `✖ ${(error as Error).message}\n  try: iraq-defense-engagements ${command} --help\n`,
        code: 2,
      }
    }
    throw error
  }
}
