import { resolve } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byCountry, byOfficial, engagements, officials, sources } from '../../../src/index'

const data = (path: string) => `'${resolve('dist/data', path)}'`
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>
let instance: DuckDBInstance

/** The single number a query returns. */
async function scalar(sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql)
  return Number(reader.getRows()[0]?.[0])
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:')
  connection = await instance.connect()
  for (const table of [
    'engagements',
    'participants',
    'engagement_countries',
    'engagement_sources',
    'officials',
    'aliases',
    'sources',
  ]) {
    await connection.run(
      `create table ${table} as select * from read_csv(${data(`csv/${table}.csv`)}, header = true, all_varchar = true)`,
    )
  }
})

afterAll(() => {
  connection.closeSync()
  instance.closeSync()
})

describe('DuckDB reading the shipped CSV and NDJSON', () => {
  it('counts the same records as the JS API', async () => {
    expect(await scalar('select count(*) from engagements')).toBe(engagements.length)
    expect(await scalar('select count(*) from officials')).toBe(officials.length)
    expect(await scalar('select count(*) from sources')).toBe(sources.length)
    expect(
      await scalar(
        `select count(*) from read_json(${data('engagements.ndjson')}, format = 'newline_delimited')`,
      ),
    ).toBe(engagements.length)
    expect(
      await scalar(
        `select count(*) from read_json(${data('officials.ndjson')}, format = 'newline_delimited')`,
      ),
    ).toBe(officials.length)
  })

  it('joins engagements to countries like byCountry', async () => {
    const korea = await scalar(
      `select count(distinct e.id) from engagements e join engagement_countries c on c.engagement_id = e.id where c.country_code = 'KR'`,
    )
    expect(korea).toBe(byCountry('KR').length)
  })

  it('joins participants to officials like byOfficial', async () => {
    const inad = await scalar(`
      select count(distinct p.engagement_id) from participants p join officials o on o.id = p.official_id
      where o.name = 'Juma Inad Saadoun Khattab al-Jubouri'`)
    expect(inad).toBe(byOfficial('Juma Inad').length)
    const viaAlias = await scalar(`
      select count(distinct p.engagement_id) from participants p join aliases a on a.official_id = p.official_id
      where a.alias = 'Khatami'`)
    expect(viaAlias).toBe(byOfficial('Khatami').length)
  })

  it('reads derived dates as DATE and filters like timeline', async () => {
    const november = await scalar(`
      select count(*) from engagements
      where cast(start_date as date) <= date '2020-11-30' and cast(end_date as date) >= date '2020-11-01'`)
    expect(november).toBe(
      engagements.filter(
        (e) => e.startDate && e.endDate && e.startDate <= '2020-11-30' && e.endDate >= '2020-11-01',
      ).length,
    )
  })

  it('finds no dangling citation or participant', async () => {
    expect(
      await scalar(
        'select count(*) from engagement_sources c left join sources s on s.id = c.source_id where s.id is null',
      ),
    ).toBe(0)
    expect(
      await scalar(
        'select count(*) from participants p left join officials o on o.id = p.official_id where o.id is null',
      ),
    ).toBe(0)
  })

  it('reads the NDJSON nested fields', async () => {
    const reader = await connection.runAndReadAll(
      `select date, len(participants) from read_json(${data('engagements.ndjson')}, format = 'newline_delimited') where id = 'eng_pa8hy7'`,
    )
    expect(reader.getRows()).toEqual([['2024-03-20', 2n]])
  })
})
