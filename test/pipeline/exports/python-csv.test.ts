import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { engagements, officials, sources } from '../../../src/index'

const SCRIPT = `
import csv, json, sys
out = {}
for name in ['engagements', 'participants', 'engagement_countries', 'engagement_sources', 'officials', 'aliases', 'sources']:
    with open(f'dist/data/csv/{name}.csv', newline='', encoding='utf-8') as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        out[name] = {'header': reader.fieldnames, 'count': len(rows), 'rows': rows}
with open('dist/data/datapackage.json', encoding='utf-8') as handle:
    package = json.load(handle)
out['declared'] = {r['name']: [f['name'] for f in r['schema']['fields']] for r in package['resources']}
json.dump(out, sys.stdout)
`

describe("Python's csv module reading the shipped tables", () => {
  const result = spawnSync('python3', ['-c', SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const parsed = JSON.parse(result.stdout || '{}') as Record<
    string,
    { header: string[]; count: number; rows: Record<string, string>[] }
  > & { declared: Record<string, string[]> }

  it('runs without error', () => {
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('sees the declared columns, in order, and the same record counts', () => {
    for (const [name, fields] of Object.entries(parsed.declared))
      expect(parsed[name]?.header).toEqual(fields)
    expect(parsed.engagements?.count).toBe(engagements.length)
    expect(parsed.officials?.count).toBe(officials.length)
    expect(parsed.sources?.count).toBe(sources.length)
    expect(parsed.participants?.count).toBe(
      engagements.reduce((sum, e) => sum + e.participants.length, 0),
    )
  })

  it('gets text with commas, quotes and non-Latin scripts back exactly', () => {
    const byId = new Map(parsed.engagements?.rows.map((row) => [row.id, row]))
    for (const engagement of engagements.filter((e) => /[,"]/.test(e.summary))) {
      expect(byId.get(engagement.id)?.summary).toBe(engagement.summary)
    }
    const hatami = parsed.officials?.rows.find((row) => row.name === 'Amir Hatami')
    expect(hatami?.native_name).toBe('امیر حاتمی')
  })
})
