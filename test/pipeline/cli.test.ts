import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_FOLDERS } from '../../src/lint/context'
import { validDataset } from '../lint/fixture-dataset'

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

describe('new-id (command line)', () => {
  it('prints a fresh id of the requested kind', () => {
    const result = runCli('new-id', 'engagement', '--data', writeDataset(validDataset()))
    expect(result.stdout).toMatch(/^eng_[0-9a-z]{6}\n$/)
  })

  it('refuses an unknown kind', () => {
    const result = runCli('new-id', 'person')
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'Unknown kind "person": expected one of engagement, official, source\n',
    )
  })
})
