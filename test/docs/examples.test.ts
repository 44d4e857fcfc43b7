import { readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseEdtf } from '../../src/core/dates/parse-edtf'
import * as mainEntry from '../../src/index'
import { buildNameIndex } from '../../src/query/names/name-index'
import * as schemaEntry from '../../src/schema'
import {
  compileExample,
  type Example,
  examplesInMarkdown,
  examplesInSource,
} from '../_helpers/examples'

/** Modules with side effects on import (they run a program); their examples are not run. */
const NOT_IMPORTABLE = new Set(['src/cli/bin.ts', 'src/pipeline/cli.ts'])

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const sourceFiles = walk('src')
  .filter((path) => path.endsWith('.ts'))
  .filter((path) => !NOT_IMPORTABLE.has(path))
const GUIDES = [
  'README.md',
  ...walk('docs').filter((path) => path.endsWith('.md') && !path.startsWith('docs/api/')),
]

/** Names the examples may use without importing them: what a reader has at hand. */
const { engagements, officials, sources, getOfficial } = mainEntry
const fixtures = {
  /** An EDTF value, parsed: `parsed('2020-11')`. */
  parsed: (text: string) => {
    const result = parseEdtf(text)
    if (!result.ok) throw new Error(result.error)
    return result.value
  },
  /** The name index over the shipped officials. */
  index: buildNameIndex(officials),
  /** One official: Thabet al-Abbasi. */
  official: getOfficial('off_6biaw6'),
  /** A private engagement a user might add to the package's records. */
  myEngagement: {
    id: 'eng_priv01',
    title: 'A private meeting',
    summary: 'A meeting recorded by a user of the package.',
    type: 'meeting',
    status: 'occurred',
    date: '2023-05-01',
    countries: ['IQ', 'FR'],
    sources: [{ sourceId: sources[0]?.id, supports: ['occurrence'] }],
  },
  /** The shipped records, as the build's functions take them. */
  records: { engagements, officials, sources },
  engagements,
  officials,
  sources,
}

async function scopeFor(file: string): Promise<Record<string, unknown>> {
  const folder = dirname(file)
  const siblings = sourceFiles.filter((path) => dirname(path) === folder && path !== file)
  const modules = await Promise.all(
    [...siblings, file].map((path) => import(pathToFileURL(resolve(path)).href)),
  )
  return Object.assign({}, schemaEntry, mainEntry, ...modules, fixtures)
}

async function run(example: Example, scope: Record<string, unknown>): Promise<void> {
  const where = `${relative('.', example.file)}:${example.line}`
  const __check = async (source: string, actual: () => unknown, expected: () => unknown) => {
    expect(await actual(), `${where}: ${source}`).toEqual(await expected())
  }
  const __throws = async (
    source: string,
    call: () => unknown,
    name: string,
    message: string | null,
  ) => {
    let thrown: unknown
    try {
      await call()
    } catch (error) {
      thrown = error
    }
    expect(thrown, `${where}: ${source} should throw`).toBeInstanceOf(Error)
    expect((thrown as Error).name, where).toBe(name)
    // "…" in a documented message stands for text left out.
    const pattern = message?.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    if (pattern)
      expect((thrown as Error).message, where).toMatch(new RegExp(`^${pattern.join('.*')}$`, 's'))
  }
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>
  const body = compileExample(example.code)
  await new AsyncFunction(...names, '__check', '__throws', body)(
    ...names.map((name) => scope[name]),
    __check,
    __throws,
  )
}

describe('every @example in the doc comments', () => {
  const examples = sourceFiles.flatMap(examplesInSource)
  it('exists in numbers (the extractor finds them)', () => {
    expect(examples.length).toBeGreaterThan(100)
  })
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s',
    async (_, example) => run(example, await scopeFor(example.file)),
  )
})

describe('every code block of the README and the guides that states a result', () => {
  const examples = GUIDES.flatMap(examplesInMarkdown)
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s',
    async (_, example) => run(example, await scopeFor('src/index.ts')),
  )
})
