import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import * as library from '../../dist/index.js'

/** Runs the built command line (npm run build first), as a user's shell would. */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })

describe('the iraq-defense-engagements command line', () => {
  it('prints JSON equal to the library answer for the same query', () => {
    const cases: [string[], unknown][] = [
      [['country', 'Iran'], library.byCountry('IR')],
      [['official', 'Juma Inad'], library.byOfficial('Juma Inad')],
      [
        ['timeline', '--from', '2021', '--to', '2021', '--type', 'visit'],
        library.timeline({ from: '2021', to: '2021', type: 'visit' }),
      ],
      [['show', 'eng_57vbpo'], library.getEngagement('eng_57vbpo')],
      [['organization', 'the anti-ISIS coalition'], library.byOrganization('CJTF_OIR')],
      [['search', 'Caracal', 'helicopters'], library.search('Caracal helicopters')],
      [
        ['timeline', '--system', 'F16', '--topic', 'aviation', '--participant-side', 'counterpart'],
        library.timeline({ system: 'F16', topic: 'aviation', participantSide: 'counterpart' }),
      ],
    ]
    for (const [args, expected] of cases) {
      const result = cli(...args, '--format', 'json')
      expect(result.status, args.join(' ')).toBe(0)
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)))
    }
  })

  it('prints NDJSON, CSV with the shipped columns, and TSV', () => {
    const iran = library.byCountry('IR')
    expect(cli('country', 'IR', '--format', 'ndjson').stdout.trim().split('\n')).toHaveLength(
      iran.length,
    )
    const csv = cli('country', 'IR', '--format', 'csv').stdout
    expect(csv.split('\r\n')[0]).toBe(
      'id,title,summary,type,status,date,start_date,end_date,precision,countries,organizations,location_place,location_country,topics,systems,parent_id,notes',
    )
    const parsed = spawnSync(
      'python3',
      [
        '-c',
        'import csv,sys; rows=list(csv.DictReader(sys.stdin)); print(len(rows), rows[0]["id"])',
      ],
      { input: csv, encoding: 'utf8' },
    )
    expect(parsed.stdout.trim()).toBe(`${iran.length} ${iran[0]?.id}`)
    expect(cli('country', 'IR', '--format', 'tsv').stdout.split('\n')[1]?.split('\t')[0]).toBe(
      iran[0]?.id,
    )
  })

  it('prints an aligned table by default, and the counts', () => {
    const table = cli('official', 'Thabet al-Abbasi')
    expect(table.status).toBe(0)
    expect(table.stdout).toMatch(/\d+ engagements\n$/)
    expect(cli('stats').stdout).toContain(`${library.engagements.length} engagements`)
    expect(cli('countries').stdout).toMatch(/^US\s+\d+/)
    expect(cli('officials', '--format', 'csv').stdout.split('\r\n')[0]).toBe(
      'id,name,country,positions',
    )
  })

  it('exits 0 with an empty answer', () => {
    // A real country with no engagements (a window before 2004 is not empty: a record
    // with an unknown start may lie in it).
    const result = cli('country', 'Iceland', '--format', 'json')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([])
  })

  it.each([
    [['country', 'Atlantis'], /Unknown country "Atlantis"/],
    [['official', 'Nobody Anybody'], /No official matches/],
    [['timeline', '--from', '2021-02-30'], /February 2021 has 28 days/],
    [['timeline', '--bogus'], /Unknown option '--bogus'/],
    [['country', 'IR', '--format', 'xml'], /--format: expected one of/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['organization', 'UN'], /Unknown organization "UN"/],
    [['search'], /expected words to search for/],
    [['show', 'eng_000000'], /no engagement, official or source has the id/],
  ])('exits 2 with the message on stderr for %j', (args, message) => {
    const result = cli(...args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })

  it('has help for every command', () => {
    expect(cli('--help').stdout).toContain('Usage: iraq-defense-engagements <command>')
    expect(cli('timeline', '--help').stdout).toContain('--official <n>')
    for (const command of [
      'country',
      'official',
      'organization',
      'search',
      'show',
      'stats',
      'countries',
      'officials',
    ]) {
      expect(cli(command, '--help').stdout, command).toContain(
        `Usage: iraq-defense-engagements ${command}`,
      )
    }
  })
})

describe('the command line CSV in DuckDB', () => {
  it('reads the same rows as the library returns', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const file = join(mkdtempSync(join(tmpdir(), 'ide-cli-')), 'iran.csv')
    writeFileSync(file, cli('country', 'Iran', '--format', 'csv').stdout)
    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    const reader = await connection.runAndReadAll(
      `select id from read_csv('${file}', header = true, all_varchar = true)`,
    )
    const ids = reader.getRows().map((row) => String(row[0]))
    connection.closeSync()
    instance.closeSync()
    expect(ids).toEqual(library.byCountry('IR').map((engagement) => engagement.id))
  })
})
