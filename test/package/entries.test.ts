import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as esm from '../../dist/index.js'
import * as schemaEsm from '../../dist/schema.js'

const require = createRequire(import.meta.url)

/** Bundles one import from the built package, as a consumer's bundler would. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
    minify: true,
  })
  return result.outputFiles[0]?.text ?? ''
}

describe('built entries (run after npm run build)', () => {
  it('ESM and CJS give the same records', () => {
    const cjs = require('../../dist/index.cjs') as typeof esm
    expect(esm.engagements.length).toBeGreaterThan(0)
    expect(cjs.engagements).toEqual(esm.engagements)
    expect(cjs.officials).toEqual(esm.officials)
    expect(cjs.sources).toEqual(esm.sources)
  })

  it('loads the records from dist/data/*.json as JSON modules, not from JavaScript strings', () => {
    const kinds = ['engagements', 'officials', 'sources'] as const
    const chunks = readdirSync('dist')
      .filter((name) => /\.c?js$/.test(name))
      .filter((name) =>
        readFileSync(join('dist', name), 'utf8').includes('./data/engagements.json'),
      )
    // One chunk for ESM, one for CommonJS.
    expect(chunks.map((name) => name.slice(name.lastIndexOf('.'))).sort()).toEqual(['.cjs', '.js'])
    for (const name of chunks) {
      const code = readFileSync(join('dist', name), 'utf8')
      for (const kind of kinds) {
        // Node 22 refuses the older `assert` keyword, which Rollup prints by default.
        expect(code, name).toContain(
          name.endsWith('.cjs')
            ? `require('./data/${kind}.json')`
            : `from './data/${kind}.json' with { type: "json" };`,
        )
      }
      expect(code, name).not.toContain('"id":"eng_')
      // What the chunk still holds (the prepared indexes) stays one byte per character.
      expect(/[^\t\n\x20-\x7e]/.test(code), name).toBe(false)
    }
    for (const kind of kinds) {
      expect(esm[kind], kind).toEqual(JSON.parse(readFileSync(`dist/data/${kind}.json`, 'utf8')))
    }
  })

  it('neither ESM nor CJS exports can be replaced by one consumer for the others', () => {
    for (const path of ['../../dist/index.cjs', '../../dist/schema.cjs']) {
      const cjs = require(path) as Record<string, unknown>
      expect(Object.isFrozen(cjs), path).toBe(true)
      expect(() => {
        cjs.engagements = []
      }).toThrow(TypeError)
    }
    expect((require('../../dist/index.cjs') as typeof esm).engagements).toHaveLength(
      esm.engagements.length,
    )
    expect(() => {
      ;(esm as Record<string, unknown>).engagements = []
    }).toThrow(TypeError)
  })

  it('ESM import and CJS require give the same query answers', () => {
    const cjs = require('../../dist/index.cjs') as typeof esm
    expect(cjs.byCountry('Republic of Korea')).toEqual(esm.byCountry('KR'))
    expect(cjs.byOfficial('Jumah Enad')).toEqual(esm.byOfficial('Juma Inad'))
    expect(cjs.timeline({ from: '2020-11', to: '2020-11', order: 'desc' })).toEqual(
      esm.timeline({ from: '2020-11', to: '2020-11', order: 'desc' }),
    )
    expect(cjs.getOfficial('Shamhani')).toEqual(esm.getOfficial('Shamhani'))
    expect(() => cjs.byOfficial('Al-Maliki')).toThrow(cjs.AmbiguousOfficialError)
    expect(() => esm.byOfficial('Al-Maliki')).toThrow(esm.AmbiguousOfficialError)
    expect(esm.byCountry('KR').length).toBeGreaterThan(0)
  })

  it('ship deep-frozen records', () => {
    const first = esm.engagements[0]!
    expect(Object.isFrozen(esm.engagements)).toBe(true)
    expect(Object.isFrozen(first.countries)).toBe(true)
    expect(() => (first.countries as string[]).push('XX')).toThrow(TypeError)
  })

  it('the schema entry validates a shipped record, from import and from require', () => {
    const schemaCjs = require('../../dist/schema.cjs') as typeof schemaEsm
    const [first] = esm.engagements
    expect(schemaEsm.EngagementSchema.parse(first)).toEqual(first)
    expect(schemaCjs.EngagementSchema.safeParse({ ...first, precision: 'decade' }).success).toBe(
      false,
    )
  })

  it('importing the main entry loads no package: the two date-fns helpers are bundled, zod loads on demand', () => {
    const packagesReached = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(
        /^(?:import|export)[^'"]*?from ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm,
      )) {
        const specifier = (match[1] ?? match[2] ?? match[3]) as string
        if (specifier.startsWith('.')) packagesReached(join(dirname(file), specifier), seen)
        else seen.add(`package:${specifier}`)
      }
      return seen
    }
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      const packages = [...packagesReached(entry)]
        .filter((item) => item.startsWith('package:'))
        .sort()
      expect(packages, entry).toEqual([])
    }
    expect(
      [...packagesReached('dist/schema.js')].filter((item) => item.startsWith('package:')),
    ).toContain('package:zod')
  })

  it('importing the schema entry does not pull in the dataset', async () => {
    const ids = esm.engagements.map((engagement) => engagement.id)
    const schemaOnly = await bundle("export { EngagementSchema } from './dist/schema.js'")
    const withData = await bundle("export { engagements } from './dist/index.js'")
    expect(ids.filter((id) => withData.includes(id))).toEqual(ids)
    expect(ids.filter((id) => schemaOnly.includes(id))).toEqual([])
  })
})
