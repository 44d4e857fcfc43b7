import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_FOLDERS } from '../../src/core/record-kinds'
import { validDataset } from '../validate/fixture-dataset'

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], {
    encoding: 'utf8',
  })

/** Writes a dataset as record files into a fresh folder and returns its path. */
function writeDataset(
  files: { file: string; value: unknown }[],
  extra: Record<string, string> = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'ide-data-'))
  for (const folder of Object.values(KIND_FOLDERS)) mkdirSync(join(root, folder))
  for (const { file, value } of files) {
    writeFileSync(join(root, file.replace(/^data\//, '')), `${JSON.stringify(value, null, 2)}\n`)
  }
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(root, path), text)
  return root
}

describe('validate (command line)', () => {
  let cached: ReturnType<typeof runCli> | undefined
  /** The validator's run over the ten-mistakes fixture, shared by the tests that read it. */
  const tenMistakes = () => {
    cached ??= runCli('validate', '--data', 'test/fixtures/ten-mistakes', '--today', '2026-11-22')
    return cached
  }

  it('reports all ten mistakes of one file with file, line, column and field, and exits 1', () => {
    const result = tenMistakes()
    expect(result.status).toBe(1)
    const problemLines = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('test/fixtures/'))
    const fields = problemLines.map((line) =>
      /^(\S+?):(\d+):(\d+) (\S+): .* \[([a-z-]+)\]$/.exec(line)?.slice(1),
    )
    expect(fields).toEqual([
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '2',
        '3',
        '$schema',
        'schema-hint',
      ],
      ['test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json', '3', '3', 'id', 'id-matches-file'],
      ['test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json', '6', '3', 'type', 'schema'],
      ['test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json', '8', '3', 'date', 'schema'],
      ['test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json', '9', '3', 'startDate', 'schema'],
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '10',
        '29',
        'countries[2]',
        'schema',
      ],
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '12',
        '7',
        'participants[0].officialId',
        'references-resolve',
      ],
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '14',
        '17',
        'sources[0].sourceId',
        'references-resolve',
      ],
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '15',
        '3',
        'parentId',
        'references-resolve',
      ],
      [
        'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json',
        '16',
        '3',
        '__proto__',
        'no-prototype-keys',
      ],
    ])
    expect(result.stderr).toContain(
      '✖ 10 problems (10 errors, 0 warnings) in 1 file; 3 records checked',
    )
  })

  it('prints what was expected, what was found, and a hint', () => {
    const result = tenMistakes()
    expect(result.stderr).toContain(
      'test/fixtures/ten-mistakes/engagements/eng_aaaaaa.json:6:3 type: not an allowed value: expected one of "visit", "meeting",',
    )
    expect(result.stderr).toContain('found "meting" [schema]\n  hint: did you mean "meeting"?')
    expect(result.stderr).toContain(
      'date: November 2020 has 30 days, so 2020-11-31 does not exist (found "2020-11-31") [schema]',
    )
  })

  it('exits 0 and says so on a clean dataset', () => {
    const result = runCli(
      'validate',
      '--data',
      writeDataset(validDataset()),
      '--today',
      '2026-11-22',
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('✔ 5 records checked: no problems\n')
    expect(result.status).toBe(0)
  })

  it('reports syntax errors with their position, and stray files, without losing the rest', () => {
    const root = writeDataset(validDataset(), {
      'sources/src_broken.json': '{\n  "id": "src_broken",\n  "title": "x",\n}\n',
      'officials/notes.txt': 'scratch',
    })
    const result = runCli('validate', '--data', root, '--today', '2026-11-22')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `${root}/officials/notes.txt:1:1 (record): not a record file: expected <id>.json, found notes.txt [layout]`,
    )
    expect(result.stderr).toContain(
      `${root}/sources/src_broken.json:4:1 (record): invalid JSON: PropertyNameExpected [json-syntax]`,
    )
    expect(result.stderr).toContain('in 2 files; 5 records checked')
  })

  it('reports a key written twice in one object', () => {
    const root = writeDataset(validDataset(), {
      'sources/src_twice1.json': '{\n  "id": "src_twice1",\n  "id": "src_twice2"\n}\n',
    })
    const result = runCli('validate', '--data', root)
    expect(result.stderr).toContain(
      `${root}/sources/src_twice1.json:3:3 (record): key "id" appears twice in the same object [json-syntax]`,
    )
  })
})

describe('new (the scaffold) and check: a contributor adds a record', () => {
  const scaffold = (...args: string[]) =>
    spawnSync(process.execPath, ['src/pipeline/scaffold/new-record.mjs', ...args], {
      encoding: 'utf8',
    })
  const readRecord = (root: string, folder: string, id: string) =>
    JSON.parse(readFileSync(join(root, folder, `${id}.json`), 'utf8')) as Record<string, unknown>
  const writeRecord = (root: string, folder: string, record: Record<string, unknown>) =>
    writeFileSync(join(root, folder, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`)
  const newId = (result: ReturnType<typeof scaffold>) =>
    /wrote .*\/((?:eng|off|src)_[0-9a-z]{6})\.json/.exec(result.stdout)?.[1] ?? ''

  it('writes one file per record with a fresh id and placeholders that fail validation', () => {
    const root = writeDataset(validDataset())
    const result = scaffold(
      'engagement',
      '--count',
      '2',
      '--date',
      '2024-03',
      '--country',
      'kr',
      '--data',
      root,
    )
    expect(result.status).toBe(0)
    const ids = [...result.stdout.matchAll(/(eng_[0-9a-z]{6})\.json/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(2)
    const record = readRecord(root, 'engagements', ids[0] ?? '')
    expect(record).toMatchObject({ date: '2024-03', countries: ['IQ', 'KR'], status: 'occurred' })
    const check = runCli('validate', '--data', root)
    expect(check.status).toBe(1)
    expect(check.stderr).toContain(
      'type: placeholder left by npm run new: expected one of visit, meeting',
    )
    // A placeholder is reported once, not again by the rules its text breaks.
    expect(check.stderr).not.toMatch(/officialId: unknown official id/)
  })

  it('refuses an unknown kind, a stray argument, an unknown option and a bad count with exit 2', () => {
    for (const args of [
      ['person'],
      ['engagement', 'extra'],
      ['official', '--bogus'],
      ['source', '--count', '0'],
    ]) {
      const result = scaffold(...args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/^✖ /)
    }
  })

  it('passes once an engagement, a new official and a new source are filled in', () => {
    const root = writeDataset(validDataset())
    const engagementId = newId(scaffold('engagement', '--data', root))
    const officialId = newId(scaffold('official', '--data', root))
    const sourceId = newId(scaffold('source', '--data', root))
    writeRecord(root, 'sources', {
      ...readRecord(root, 'sources', sourceId),
      publisher: 'Shafaq News',
      title: 'Iraqi defence minister receives Turkish ambassador',
      url: 'https://shafaq.com/en/Iraq/example',
      published: '2024-05-02',
      language: 'en',
      kind: 'news',
    })
    writeRecord(root, 'officials', {
      $schema: '../../schema/official.schema.json',
      id: officialId,
      name: 'Anıl Bora İnan',
      aliases: [{ name: 'Anil Bora Inan', kind: 'variant' }],
      country: 'TR',
      positions: [{ title: 'Ambassador of Türkiye to Iraq', from: '2022' }],
      sources: [sourceId],
    })
    writeRecord(root, 'engagements', {
      $schema: '../../schema/engagement.schema.json',
      id: engagementId,
      title: 'Iraqi defence minister receives the Turkish ambassador',
      summary: 'The Iraqi defence minister received the Turkish ambassador in Baghdad.',
      type: 'meeting',
      status: 'occurred',
      date: '2024-05-01',
      countries: ['IQ', 'TR'],
      participants: [
        { officialId: 'off_iraq01', name: 'Juma Inad', role: 'host', side: 'iraq' },
        { officialId, name: 'Anıl Bora İnan', role: 'counterpart', side: 'counterpart' },
      ],
      sources: [{ sourceId, supports: ['occurrence', 'date', 'participants'] }],
    })
    const result = runCli('validate', '--data', root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('gives a useful hint for three common mistakes', () => {
    const files = validDataset().map((entry) =>
      entry.file.endsWith('eng_meet01.json')
        ? {
            ...entry,
            value: {
              ...(entry.value as Record<string, unknown>),
              countries: ['IQ', 'Iran'],
              participants: [
                { officialId: 'off_zzzz99', name: 'Juma Inad Saadoun', role: 'host', side: 'iraq' },
              ],
            },
          }
        : entry,
    )
    const root = writeDataset(files, {
      'sources/src_broken.json': '{ "id": "src_broken", }\n',
    })
    const visit = JSON.parse(readFileSync(join(root, 'engagements/eng_visit1.json'), 'utf8'))
    visit.sources.push({ sourceId: 'src_broken', supports: ['occurrence'] })
    writeFileSync(join(root, 'engagements/eng_visit1.json'), JSON.stringify(visit, null, 2))
    const result = runCli('validate', '--data', root)
    expect(result.status).toBe(1)
    // A country written by name: the hint gives the code.
    expect(result.stderr).toMatch(/countries\[1\]: .*\n {2}hint: did you mean "IR"\?/)
    // An unknown official id: the hint names the official whose name matches.
    expect(result.stderr).toMatch(
      /officialId: unknown official id.*\n {2}hint: did you mean "off_iraq01"\?/,
    )
    // A file with a syntax error is reported once; the record citing it is not also told the id is unknown.
    expect(result.stderr).toContain('src_broken.json:1:23 (record): invalid JSON')
    expect(result.stderr).not.toContain('"src_broken" [references-resolve]')
  })
})

describe('validate: files that are not records are located problems, never a stack trace', () => {
  it('reports links, folders, encodings, nesting, lone surrogates and a file for a folder', () => {
    const root = writeDataset(validDataset())
    symlinkSync(join(root, 'nowhere.json'), join(root, 'sources', 'src_linked.json'))
    mkdirSync(join(root, 'sources', 'src_folder.json'))
    writeFileSync(join(root, 'sources', 'src_bommed.json'), '\uFEFF{}')
    writeFileSync(
      join(root, 'sources', 'src_latin1.json'),
      Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
    )
    writeFileSync(
      join(root, 'sources', 'src_nested.json'),
      `${'['.repeat(3000)}${']'.repeat(3000)}`,
    )
    writeFileSync(
      join(root, 'sources', 'src_surrog.json'),
      '{ "id": "src_surrog", "title": "\\ud800" }',
    )
    rmSync(join(root, 'officials'), { recursive: true })
    writeFileSync(join(root, 'officials'), 'not a folder')
    const result = runCli('validate', '--data', root)
    expect(result.status).toBe(1)
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
    for (const expected of [
      'src_linked.json:1:1 (record): is a symbolic link',
      'src_folder.json:1:1 (record): is a folder, not a record file',
      'src_bommed.json:1:1 (record): starts with a byte-order mark',
      'src_latin1.json:1:1 (record): is not valid UTF-8',
      'src_nested.json:1:1 (record): nests 3000 levels deep',
      'src_surrog.json:1:23 title: contains a lone surrogate',
      'officials:1:1 (record): is a file, not a folder',
    ]) {
      expect(result.stderr).toContain(expected)
    }
  })
})
