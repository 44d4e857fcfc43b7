import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { byCountry, byOfficial, engagements, officials, sources } from '../../src/index'
import { chromium } from '../_helpers/chromium'

/**
 * Installs the packed tarball (what `npm publish` would upload) into a throwaway
 * project and uses it the ways consumers do. Run after `npm run build`.
 */
const ROOT = resolve('.')
const project = mkdtempSync(join(tmpdir(), 'ide-consumer-'))
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc')

const EXPECTED = {
  count: engagements.length,
  officials: officials.length,
  sources: sources.length,
  korea: byCountry('KR').length,
  inad: byOfficial('Juma Inad').length,
  title: 'Defence ministers of South Korea and Iraq meet in Seoul',
  ambiguous: 'AmbiguousOfficialError',
  schemaRejects: true,
}

const write = (path: string, text: string) => {
  mkdirSync(join(project, path, '..'), { recursive: true })
  writeFileSync(join(project, path), text)
}
const node = (file: string) =>
  JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }))

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const tarball = join(project, packed.trim().split('\n').pop() as string)
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-package-lock',
      tarball,
    ],
    { cwd: project, stdio: 'pipe' },
  )
}, 600_000)

describe('the packed package, installed in a throwaway project', () => {
  it('ships only what consumers need', () => {
    const installed = join(project, 'node_modules/iraq-defense-engagements')
    for (const path of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/schema.js',
      'dist/data/datapackage.json',
      'dist/data/csv/engagements.csv',
      'schema/engagement.schema.json',
      'CITATION.cff',
      'LICENSE',
      'LICENSE-DATA.md',
      // The guides the README links to.
      'docs/methodology.md',
      'docs/coverage.md',
      'CONTRIBUTING.md',
    ]) {
      expect(existsSync(join(installed, path)), path).toBe(true)
    }
    for (const path of ['src', 'data', 'test', 'node_modules', 'docs/api'])
      expect(existsSync(join(installed, path)), path).toBe(false)
  })

  it('works with Node ESM import, including the subpaths', () => {
    write(
      'esm.mjs',
      `import { byCountry, byOfficial, engagements, officials, sources, getEngagement, AmbiguousOfficialError } from 'iraq-defense-engagements'
import { EngagementSchema } from 'iraq-defense-engagements/schema'
import descriptor from 'iraq-defense-engagements/data/datapackage.json' with { type: 'json' }
import jsonSchema from 'iraq-defense-engagements/schema/engagement.schema.json' with { type: 'json' }
let ambiguous
try { byOfficial('Al-Maliki') } catch (error) { ambiguous = error instanceof AmbiguousOfficialError ? error.name : 'wrong class' }
console.log(JSON.stringify({
  count: engagements.length, officials: officials.length, sources: sources.length,
  korea: byCountry('Republic of Korea').length, inad: byOfficial('Jumah Enad').length,
  title: getEngagement('eng_pa8hy7').title, ambiguous,
  schemaRejects: !EngagementSchema.safeParse({}).success,
  resources: descriptor.resources.length, jsonSchemaId: jsonSchema.$id,
}))`,
    )
    expect(node('esm.mjs')).toEqual({
      ...EXPECTED,
      resources: 7,
      jsonSchemaId: 'https://unpkg.com/iraq-defense-engagements/schema/engagement.schema.json',
    })
  })

  it('works with Node CJS require, including the data files', () => {
    write(
      'cjs.cjs',
      `const { byCountry, byOfficial, engagements, officials, sources, getEngagement, AmbiguousOfficialError } = require('iraq-defense-engagements')
const { EngagementSchema } = require('iraq-defense-engagements/schema')
const shipped = require('iraq-defense-engagements/data/engagements.json')
let ambiguous
try { byOfficial('Al-Maliki') } catch (error) { ambiguous = error instanceof AmbiguousOfficialError ? error.name : 'wrong class' }
console.log(JSON.stringify({
  count: engagements.length, officials: officials.length, sources: sources.length,
  korea: byCountry('KOR').length, inad: byOfficial('juma inad').length,
  title: getEngagement('eng_pa8hy7').title, ambiguous,
  schemaRejects: !EngagementSchema.safeParse({}).success,
  sameAsJson: JSON.stringify(shipped) === JSON.stringify(engagements),
}))`,
    )
    expect(node('cjs.cjs')).toEqual({ ...EXPECTED, sameAsJson: true })
  })

  const TYPE_CHECK = `import { byCountry, getEngagement, timeline, type Engagement, type TimelineGroup } from 'iraq-defense-engagements'
import { EngagementSchema, type Official } from 'iraq-defense-engagements/schema'
export const title: string = getEngagement('eng_pa8hy7').title
export const maybe: Engagement | undefined = getEngagement('eng_unknown')
export const groups: readonly TimelineGroup[] = timeline({ groupBy: 'year' })
export const list: readonly Engagement[] = timeline({ from: '2020', type: 'visit' })
export const parsed = EngagementSchema.safeParse({}).success
export const official: Official | undefined = undefined
// @ts-expect-error: timeline has no option "form"
timeline({ form: '2020' })
// @ts-expect-error: "vist" is not an engagement type
timeline({ type: 'vist' })
// @ts-expect-error: byCountry takes a string
byCountry(42)
`

  it.each([
    ['node16', 'Node16', 'Node16'],
    ['nodenext', 'NodeNext', 'NodeNext'],
    ['bundler', 'Preserve', 'Bundler'],
  ])(
    'type-checks with tsc --noEmit under moduleResolution %s',
    (name, module, moduleResolution) => {
      const folder = `ts-${name}`
      write(`${folder}/check.mts`, TYPE_CHECK)
      write(`${folder}/check.cts`, TYPE_CHECK.replace(/^export const parsed.*$/m, ''))
      write(
        `${folder}/tsconfig.json`,
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution,
            target: 'ES2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['check.mts', 'check.cts'],
        }),
      )
      const result = spawnSync(
        process.execPath,
        [TSC, '-p', join(project, folder, 'tsconfig.json')],
        { encoding: 'utf8' },
      )
      expect(result.stdout + result.stderr).toBe('')
      expect(result.status).toBe(0)
    },
  )

  it('type-checking catches a real mistake (the check above can fail)', () => {
    write(
      'ts-negative/check.mts',
      `import { getEngagement } from 'iraq-defense-engagements'\nexport const n: number = getEngagement('eng_pa8hy7').title\n`,
    )
    write(
      'ts-negative/tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['check.mts'],
      }),
    )
    const result = spawnSync(
      process.execPath,
      [TSC, '-p', join(project, 'ts-negative/tsconfig.json')],
      { encoding: 'utf8' },
    )
    expect(result.stdout).toContain("Type 'string' is not assignable to type 'number'")
  })

  describe('an esbuild browser bundle', () => {
    let bundle = ''
    beforeAll(async () => {
      write(
        'browser-entry.js',
        `import { byCountry, byOfficial, engagements, officials, sources, getEngagement, AmbiguousOfficialError } from 'iraq-defense-engagements'
import { EngagementSchema } from 'iraq-defense-engagements/schema'
let ambiguous
try { byOfficial('Al-Maliki') } catch (error) { ambiguous = error instanceof AmbiguousOfficialError ? error.name : 'wrong class' }
const result = JSON.stringify({
  count: engagements.length, officials: officials.length, sources: sources.length,
  korea: byCountry('South Korea').length, inad: byOfficial('Juma Anaad Sadoun').length,
  title: getEngagement('eng_pa8hy7').title, ambiguous,
  schemaRejects: !EngagementSchema.safeParse({}).success,
})
if (typeof document !== 'undefined') document.getElementById('out').textContent = result
else globalThis.result = result`,
      )
      const output = await build({
        entryPoints: [join(project, 'browser-entry.js')],
        absWorkingDir: project,
        bundle: true,
        minify: true,
        format: 'iife',
        platform: 'browser',
        write: false,
      })
      bundle = output.outputFiles[0]?.text ?? ''
    })

    it('runs in a bare JavaScript context with no Node.js globals', () => {
      const context: { result?: string } = {}
      runInNewContext(bundle, context)
      expect(JSON.parse(context.result ?? '{}')).toEqual(EXPECTED)
    })

    it.skipIf(!chromium && !process.env.CI)(
      'runs in headless Chromium',
      () => {
        if (!chromium)
          throw new Error(
            'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
          )
        // An external script keeps the dumped DOM small whatever the size of the data.
        write('bundle.js', bundle)
        write(
          'index.html',
          '<!doctype html><meta charset="utf-8"><pre id="out">not run</pre><script src="bundle.js"></script>',
        )
        const dom = execFileSync(
          chromium,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--user-data-dir=${join(project, 'chromium-profile')}`,
            '--dump-dom',
            `file://${join(project, 'index.html')}`,
          ],
          {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 240_000,
            maxBuffer: 64 * 1024 * 1024,
          },
        )
        const text = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1] ?? ''
        expect(JSON.parse(text.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual(
          EXPECTED,
        )
      },
      300_000,
    )
  })
})

describe('publint and arethetypeswrong', () => {
  it('publint finds no errors, warnings or suggestions', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/publint/src/cli.js'), '--strict'],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(result.stdout).toContain('All good!')
    expect(result.status).toBe(0)
  }, 300_000)

  it('attw --pack --profile node16 reports no problem', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        '--pack',
        '.',
        '--profile',
        'node16',
        '--format',
        'json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
    const report = JSON.parse(result.stdout) as {
      analysis: { problems: { resolutionKind?: string }[] }
    }
    // The node16 profile ignores node10 resolution (TypeScript 6 deprecates it); the JSON lists it anyway.
    expect(
      report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10'),
    ).toEqual([])
    expect(result.status).toBe(0)
  }, 300_000)
})

describe('size budgets', () => {
  // That the schema entry carries no data is asserted on its bundle in test/package/entries.test.ts.
  it('size-limit passes every budget', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/size-limit/bin.js'), '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    )
    const budgets = JSON.parse(result.stdout) as { name: string; passed: boolean; size: number }[]
    expect(budgets.map(({ name, passed }) => [name, passed])).toEqual(
      budgets.map(({ name }) => [name, true]),
    )
    expect(budgets.map(({ name }) => name)).toEqual([
      'the data alone: import { engagements, officials, sources }',
      'import { byCountry }',
      'import { EngagementSchema } from "iraq-defense-engagements/schema" (no data)',
      'the full entry',
    ])
  }, 600_000)
})
