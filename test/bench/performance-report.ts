// Writes docs/performance.md: cold import against the physical floor and three peers,
// createDataset at 1k / 10k / 100k engagements against a bare schema parse, and each
// query helper against the linear scan it replaces. Everything is compared inside one
// run, as ratios: the machine is shared and noisy, so absolute times mean little.
// Run after `npm run build`: npm run bench:report
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { recordsJson } from '../../src/pipeline/exports/records-json'
import { jsonStringLiteral } from '../../src/pipeline/json-string-literal'
import { syntheticRecords } from './synthetic-records'

const dist = resolve('dist')
const library = await import(pathToFileURL(join(dist, 'index.js')).href)
const schema = await import(pathToFileURL(join(dist, 'schema.js')).href)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number
const fixed = (value: number, digits = 1) => value.toFixed(digits)

// ---------------------------------------------------------------- cold import
const folder = mkdtempSync(join(tmpdir(), 'ide-perf-'))
// Each case prints its resident memory, its own CPU time (user + system, all threads),
// the time its loading took measured inside the process, and a query case the time of
// its first call. \`performance\` is touched first: its module loads on first use.
const timedCase = (load: string, use = '', firstCall = '') =>
  `performance.now(); const loadStart = performance.now(); ${load}; const loaded = performance.now() - loadStart; ${use}; ` +
  `const callStart = performance.now(); ${firstCall || 'void 0'}; const first = ${firstCall ? 'performance.now() - callStart' : 'NaN'}; ` +
  "const cpu = process.cpuUsage(); process.stdout.write([process.memoryUsage().rss, cpu.user + cpu.system, loaded, first].join(' '))"
/** Reading and parsing JSON files, and nothing else: a floor case. */
const readAndParse = (files: string[]) =>
  `const { readFileSync } = await import('node:fs'); for (const file of ${JSON.stringify(files)}) JSON.parse(readFileSync(file, 'utf8'))`
const importMain = `const library = await import('${dist}/index.js')`
/** A case that imports the main entry, then times one first query inside the process. */
const firstQuery = (call: string) => timedCase(importMain, '', `library.${call}`)
const importCases: [string, string, string][] = [
  ['empty Node', 'empty.mjs', timedCase('void 0')],
  [
    'floor: read + JSON.parse dist/data/*.json',
    'floor.mjs',
    timedCase(
      readAndParse(
        ['engagements', 'officials', 'sources'].map((kind) => `${dist}/data/${kind}.json`),
      ),
    ),
  ],
  ['import main entry', 'esm.mjs', timedCase(importMain, 'library.engagements.length')],
  [
    'require main entry',
    'cjs.cjs',
    timedCase(`const library = require('${dist}/index.cjs')`, 'library.engagements.length'),
  ],
  ['import + first byCountry', 'country.mjs', firstQuery("byCountry('KR')")],
  [
    'import + first byOfficial (misspelled)',
    'official.mjs',
    firstQuery("byOfficial('Jumah Enad')"),
  ],
  ['import + first timeline', 'timeline.mjs', firstQuery("timeline({ from: '2020', to: '2020' })")],
  [
    'import ./schema',
    'schema.mjs',
    timedCase(`const schema = await import('${dist}/schema.js')`, 'schema.EngagementSchema'),
  ],
  [
    'peer: countries-list',
    'peer-cl.mjs',
    timedCase("const { countries } = await import('countries-list')", 'countries.KR'),
  ],
  [
    'peer: world-countries',
    'peer-wc.mjs',
    timedCase(
      "const { default: countries } = await import('world-countries')",
      "countries.find((c) => c.cca2 === 'KR')",
    ),
  ],
  [
    'peer: i18n-iso-countries',
    'peer-i18n.mjs',
    timedCase(
      "const { default: countries } = await import('i18n-iso-countries')",
      "countries.getName('KR', 'en')",
    ),
  ],
]
/**
 * Each peer's own floor: reading and parsing the JSON files that hold the data its main
 * entry loads (countries-list embeds the same tables; world-countries imports its JSON;
 * i18n-iso-countries' Node entry requires its codes and every locale file), so that a
 * peer's import can be compared with its own data as the package's is with its own.
 */
const peerModules = resolve('node_modules')
const PEER_FLOORS: [peer: string, floor: string, file: string, files: string[]][] = [
  [
    'peer: countries-list',
    'peer floor: countries-list',
    'peer-cl-floor.mjs',
    ['countries.min.json', 'continents.min.json', 'languages.min.json'].map((name) =>
      join(peerModules, 'countries-list', name),
    ),
  ],
  [
    'peer: world-countries',
    'peer floor: world-countries',
    'peer-wc-floor.mjs',
    [join(peerModules, 'world-countries', 'countries.json')],
  ],
  [
    'peer: i18n-iso-countries',
    'peer floor: i18n-iso-countries',
    'peer-i18n-floor.mjs',
    [
      join(peerModules, 'i18n-iso-countries', 'codes.json'),
      ...readdirSync(join(peerModules, 'i18n-iso-countries', 'langs'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(peerModules, 'i18n-iso-countries', 'langs', name)),
    ],
  ],
]
for (const [, floor, file, files] of PEER_FLOORS) {
  importCases.push([floor, file, timedCase(readAndParse(files))])
}
// Peers resolve from this project's node_modules.
for (const [, file, source] of importCases) {
  writeFileSync(join(folder, file), source.replaceAll("from '", `from '`))
}
const nodePath = resolve('node_modules')
const runCase = (file: string) => {
  const start = process.hrtime.bigint()
  const out = execFileSync(process.execPath, [join(folder, file)], {
    env: { ...process.env, NODE_PATH: nodePath },
    cwd: resolve('.'),
  })
  const [rss = Number.NaN, cpu = Number.NaN, loaded = Number.NaN, firstCall = Number.NaN] = String(
    out,
  )
    .trim()
    .split(' ')
    .map(Number)
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    rss,
    cpu: cpu / 1000,
    loaded,
    firstCall,
  }
}
// Peers are imported by bare name: link the project's node_modules next to the scripts.
execFileSync('ln', ['-s', nodePath, join(folder, 'node_modules')])
const rounds = 31
/** A seeded shuffle, so each round runs the cases in a different order. */
let seed = 1
const shuffled = <T>(items: readonly T[]): T[] => {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    const other = seed % (index + 1)
    ;[copy[index], copy[other]] = [copy[other] as T, copy[index] as T]
  }
  return copy
}
/**
 * Times every case in `rounds` rounds, each in a shuffled order with an empty Node among
 * them, and keeps per case the time added over that round's empty Node: a slow spell of
 * the shared machine then lifts both and cancels out.
 */
const timeRounds = (cases: readonly (readonly [string, string])[], empty: string) => {
  const added = new Map(cases.map(([name]) => [name, [] as number[]]))
  const addedCpu = new Map(cases.map(([name]) => [name, [] as number[]]))
  const raw = new Map(
    cases.map(([name]) => [
      name,
      { ms: [] as number[], rss: [] as number[], loaded: [] as number[], first: [] as number[] },
    ]),
  )
  for (let round = 0; round < rounds; round++) {
    const times = new Map<string, ReturnType<typeof runCase>>()
    for (const [name, file] of shuffled([...cases, [empty, 'empty.mjs'] as const])) {
      times.set(name, runCase(file))
    }
    const base = times.get(empty) as ReturnType<typeof runCase>
    for (const [name] of cases) {
      const time = times.get(name) as ReturnType<typeof runCase>
      added.get(name)?.push(time.ms - base.ms)
      addedCpu.get(name)?.push(time.cpu - base.cpu)
      raw.get(name)?.ms.push(time.ms)
      raw.get(name)?.rss.push(time.rss - base.rss)
      raw.get(name)?.first.push(time.firstCall)
      raw.get(name)?.loaded.push(time.loaded - base.loaded)
    }
  }
  return { added, addedCpu, raw }
}
const measured = timeRounds(
  importCases
    .filter(([name]) => name !== 'empty Node')
    .map(([name, file]) => [name, file] as const),
  'empty Node',
)
const FLOOR = 'floor: read + JSON.parse dist/data/*.json'
const addedOf = (name: string) => median(measured.added.get(name) ?? [])
const cpuAddedOf = (name: string) => median(measured.addedCpu.get(name) ?? [])
const loadedOf = (name: string) => median(measured.raw.get(name)?.loaded ?? [])
const importRows = importCases
  .filter(([name]) => name !== 'empty Node' && !name.startsWith('peer floor:'))
  .map(([name]) => {
    const { ms, rss } = measured.raw.get(name) as { ms: number[]; rss: number[] }
    const added = addedOf(name)
    const cpu = cpuAddedOf(name)
    const loaded = loadedOf(name)
    return `| ${name} | ${fixed(median(ms))} | ${fixed(added)} | ${fixed(added / addedOf(FLOOR), 2)} | ${fixed(cpu)} | ${fixed(cpu / cpuAddedOf(FLOOR), 2)} | ${fixed(loaded)} | ${fixed(loaded / loadedOf(FLOOR), 2)} | ${fixed(median(rss) / 2 ** 20)} |`
  })

const IMPORT = 'import main entry'
/** Each package against its own floor: the package's import, and each peer's. */
const ownFloorRows = [
  ['this package', IMPORT, FLOOR] as const,
  ...PEER_FLOORS.map(([peer, floor]) => [peer.replace('peer: ', ''), peer, floor] as const),
].map(
  ([label, name, floor]) =>
    `| ${label} | ${fixed(addedOf(name))} | ${fixed(addedOf(floor))} | ${fixed(addedOf(name) / addedOf(floor), 2)} | ${fixed(cpuAddedOf(name) / cpuAddedOf(floor), 2)} | ${fixed(loadedOf(name) / loadedOf(floor), 2)} |`,
)
const firstQueryRows = importCases
  .filter(([name]) => name.startsWith('import + first'))
  .map(([name]) => {
    const first = median(measured.raw.get(name)?.first ?? [])
    const beyond = addedOf(name) - addedOf(IMPORT)
    const beyondCpu = cpuAddedOf(name) - cpuAddedOf(IMPORT)
    return `| ${name.replace('import + first ', '')} | ${fixed(first, 2)} | ${fixed(beyond)} | ${fixed(beyondCpu)} |`
  })

// ---------------------------------------------------------------- data module form
// The same engagements emitted four ways, each module imported by a fresh process:
// object literals, JSON.parse of a template literal (what esbuild printed before),
// JSON.parse of an ASCII single-quoted literal (what the build wrote next), and a JSON
// file imported as a JSON module, as the build now ships the records.
const templateLiteral = (value: unknown) =>
  `\`${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``
/** Each form writes the module `name` exporting `data`, and any file beside it. */
const forms: [string, (value: unknown, name: string) => Record<string, string>][] = [
  [
    'object literals',
    (value, name) => ({ [name]: `export const data = ${JSON.stringify(value)}\n` }),
  ],
  [
    'JSON.parse of a template literal',
    (value, name) => ({ [name]: `export const data = JSON.parse(${templateLiteral(value)})\n` }),
  ],
  [
    'JSON.parse of an ASCII single-quoted literal',
    (value, name) => ({ [name]: `export const data = JSON.parse(${jsonStringLiteral(value)})\n` }),
  ],
  [
    'a JSON module (import … with { type: "json" })',
    (value, name) => ({
      [`${name}.json`]: recordsJson(value as unknown[]),
      [name]: `import data from './${name}.json' with { type: 'json' }\nexport { data }\n`,
    }),
  ],
]
const formSizes = [500, 5_000]
const formCases: [string, string][] = [['empty Node', 'empty.mjs']]
for (const size of formSizes) {
  const list = Array.from({ length: size }, (_, index) => ({
    ...library.engagements[index % library.engagements.length],
    id: `eng_${index.toString(36).padStart(6, '0')}`,
  }))
  forms.forEach(([name, render], index) => {
    const module = `form-${index}-${size}.mjs`
    for (const [file, text] of Object.entries(render(list, module))) {
      writeFileSync(join(folder, file), text)
    }
    writeFileSync(
      join(folder, `run-${module}`),
      timedCase(
        `const { data } = await import('./${module}')`,
        `if (data.length !== ${size}) throw 1`,
      ),
    )
    formCases.push([`${size.toLocaleString('en')} | ${name}`, `run-${module}`])
  })
}
const formMeasured = timeRounds(
  formCases.filter(([name]) => name !== 'empty Node'),
  'empty Node',
)
const formRows = formCases.slice(1).map(([name]) => {
  return `| ${name} | ${fixed(median(formMeasured.added.get(name) ?? []))} | ${fixed(median(formMeasured.addedCpu.get(name) ?? []))} | ${fixed(median(formMeasured.raw.get(name)?.loaded ?? []))} |`
})

// ---------------------------------------------------------------- freezing the records
// The built package as shipped, and two copies whose data chunk freezes less: what
// keeping every record frozen all the way down costs at import.
const FREEZES: [string, string][] = [
  ['every object (as shipped)', ''],
  [
    'the lists and each record only',
    '((records) => { for (const record of records) Object.freeze(record); return Object.freeze(records) })(',
  ],
  ['nothing', '((records) => records)('],
]
const freezeCases: [string, string][] = [
  ['empty Node', 'empty.mjs'],
  [FLOOR, 'floor.mjs'],
]
FREEZES.forEach(([name, replacement], index) => {
  const copy = join(folder, `freeze-${index}`)
  cpSync(dist, copy, { recursive: true })
  for (const chunk of readdirSync(copy).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(copy, chunk), 'utf8')
    if (!code.includes('var engagements =') || replacement === '') continue
    const calls = code.split(/\/\* @__PURE__ \*\/ freeze(?:Engagement|Official|Source)List\(/)
    // engagements, officials and sources: a build that changes this must change the bench.
    if (calls.length !== 4) throw new Error(`expected 3 record freezer calls in ${chunk}`)
    writeFileSync(join(copy, chunk), calls.join(replacement))
  }
  writeFileSync(
    join(folder, `freeze-${index}.mjs`),
    timedCase(`const library = await import('${copy}/index.js')`, 'library.engagements.length'),
  )
  freezeCases.push([name, `freeze-${index}.mjs`])
})
const freezeMeasured = timeRounds(
  freezeCases.filter(([name]) => name !== 'empty Node'),
  'empty Node',
)
const freezeFloor = median(freezeMeasured.raw.get(FLOOR)?.loaded ?? [])
const freezeRows = FREEZES.map(([name]) => {
  const loaded = median(freezeMeasured.raw.get(name)?.loaded ?? [])
  return `| ${name} | ${fixed(median(freezeMeasured.added.get(name) ?? []))} | ${fixed(median(freezeMeasured.addedCpu.get(name) ?? []))} | ${fixed(loaded)} | ${fixed(loaded / freezeFloor, 2)} |`
})

// ---------------------------------------------------------------- createDataset and queries
const time = (run: () => void) => {
  const start = performance.now()
  run()
  return performance.now() - start
}
/**
 * Nanoseconds per call: the median of 7 batches of at least 30 ms of calls each, so
 * that a garbage collection or a slow spell of the machine in one batch does not
 * count. The index is passed on across batches, so calls cycle through their inputs.
 */
const perCall = (call: (index: number) => unknown) => {
  let calls = 0
  const batches: number[] = []
  for (let batch = 0; batch < 7; batch++) {
    const first = calls
    const start = performance.now()
    let elapsed = 0
    while (elapsed < 30) {
      for (let i = 0; i < 20; i++) call(calls++)
      elapsed = performance.now() - start
    }
    batches.push((elapsed * 1e6) / (calls - first))
  }
  return median(batches)
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

/**
 * Rounds of bare parse and createDataset at each size: more where a round is short, so
 * that one collection or slow spell does not decide the µs per record at 1k, which the
 * linearity target compares with 100k.
 */
const DATASET_ROUNDS: Record<number, number> = { 1000: 15, 10000: 7, 100000: 3 }
const datasetRows: string[] = []
const queryRows: string[] = []
for (const size of [1_000, 10_000, 100_000]) {
  const records = syntheticRecords(size, library)
  const input = {
    engagements: records.engagements,
    officials: records.officials,
    sources: library.sources,
  }
  const bareParse = () => {
    for (const record of records.engagements) schema.EngagementInputSchema.safeParse(record)
    for (const record of records.officials) schema.OfficialSchema.safeParse(record)
    for (const record of library.sources) schema.SourceSchema.safeParse(record)
  }
  // The same parse keeping what it returns, as anything that hands back records must:
  // with 100,000 results alive, the young-generation collections that copy them cost
  // what a parse whose results die at once never pays.
  let kept: { success: boolean }[][] = []
  const keptParse = () => {
    kept = [
      records.engagements.map((record) => schema.EngagementInputSchema.safeParse(record)),
      records.officials.map((record) => schema.OfficialSchema.safeParse(record)),
      library.sources.map((record: unknown) => schema.SourceSchema.safeParse(record)),
    ]
  }
  // Alternating rounds, each side's median: one slow spell of the machine, or the first
  // round's compiling, does not decide the ratio.
  const parseRuns: number[] = []
  const keptRuns: number[] = []
  const createRuns: number[] = []
  let dataset = undefined as unknown as Awaited<ReturnType<typeof library.createDataset>>
  for (let round = 0; round < (DATASET_ROUNDS[size] ?? 3); round++) {
    gc()
    parseRuns.push(time(bareParse))
    gc()
    keptRuns.push(time(keptParse))
    // Outside the timing: the parse kept real results, so it did the whole work.
    if (kept.flat().some((result) => !result.success)) throw new Error('a synthetic record failed')
    kept = []
    gc()
    const start = performance.now()
    dataset = await library.createDataset(input)
    createRuns.push(performance.now() - start)
  }
  const parseAllMs = median(parseRuns)
  const keptMs = median(keptRuns)
  const createMs = median(createRuns)
  const total = records.engagements.length + records.officials.length + library.sources.length
  datasetRows.push(
    `| ${size.toLocaleString('en')} | ${total.toLocaleString('en')} | ${fixed(createMs, 0)} | ${Math.round(total / (createMs / 1000)).toLocaleString('en')} | ${fixed((createMs * 1000) / total)} | ${fixed(parseAllMs, 0)} | ${fixed(createMs / parseAllMs)} | ${fixed(keptMs, 0)} | ${fixed((keptMs * 1000) / total)} | ${fixed(createMs / keptMs)} |`,
  )

  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const indexMs = time(() => dataset.byCountry('IQ'))
  dataset.byOfficial('off_6biaw6')
  gc()
  const heapAfter = process.memoryUsage().heapUsed
  const all = dataset.engagements
  const codes = ['IR', 'KR', 'PK', 'US', 'EG', 'TR']
  const ids = all
    .filter((_: unknown, index: number) => index % 97 === 0)
    .map((e: { id: string }) => `${e.id}`)
  const rows: [string, number, number][] = [
    [
      'byCountry(code)',
      perCall((i) => dataset.byCountry(codes[i % codes.length])),
      perCall((i) =>
        all.filter((e: { countries: string[] }) =>
          e.countries.includes(codes[i % codes.length] as string),
        ),
      ),
    ],
    [
      'byOfficial(id)',
      perCall(() => dataset.byOfficial('off_6biaw6')),
      perCall(() =>
        all.filter((e: { participants: { officialId: string }[] }) =>
          e.participants.some((p) => p.officialId === 'off_6biaw6'),
        ),
      ),
    ],
    [
      'byOfficial(misspelled alias, after first use)',
      perCall(() => dataset.byOfficial('Thabet Mohammed Saeed Al-Abasi')),
      Number.NaN,
    ],
    [
      'getEngagement(id)',
      perCall((i) => dataset.getEngagement(ids[i % ids.length])),
      perCall((i) => all.find((e: { id: string }) => e.id === ids[i % ids.length])),
    ],
    [
      'timeline, one-month window',
      perCall(() => dataset.timeline({ from: '2020-11', to: '2020-11' })),
      perCall(() =>
        all.filter(
          (e: { startDate: string | null; endDate: string | null }) =>
            (e.startDate === null || e.startDate <= '2020-11-30') &&
            (e.endDate === null || e.endDate >= '2020-11-01'),
        ),
      ),
    ],
    [
      'timeline, one country',
      perCall(() => dataset.timeline({ country: 'KR' })),
      perCall(() => all.filter((e: { countries: string[] }) => e.countries.includes('KR'))),
    ],
  ]
  for (const [name, indexed, linear] of rows) {
    queryRows.push(
      `| ${size.toLocaleString('en')} | ${name} | ${fixed(indexed, 0)} | ${Number.isNaN(linear) ? '–' : fixed(linear, 0)} | ${Number.isNaN(linear) ? '–' : fixed(linear / indexed, 0)} |`,
    )
  }
  queryRows.push(
    `| ${size.toLocaleString('en')} | (indexes built on the first query) | ${fixed(indexMs * 1e6, 0)} | | heap +${fixed((heapAfter - heapBefore) / 2 ** 20)} MiB |`,
  )
}

// ---------------------------------------------------------------- createDataset phases
// The steps of createDataset timed one by one (test/bench/create-dataset-phases.ts), as
// esbuild bundles the source, in a child process of its own.
const PHASE_SIZE = 100_000
const PHASE_ROUNDS = 3
const phasesBundle = join(folder, 'create-dataset-phases.mjs')
await build({
  entryPoints: ['test/bench/create-dataset-phases.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: phasesBundle,
  logLevel: 'warning',
})
const phaseRun = JSON.parse(
  execFileSync(
    process.execPath,
    ['--expose-gc', phasesBundle, String(PHASE_SIZE), String(PHASE_ROUNDS)],
    { encoding: 'utf8', maxBuffer: 2 ** 24 },
  ),
) as { records: number; phases: Record<string, number> }
const bareMs = phaseRun.phases['bare safeParse'] as number
const phaseRows = Object.entries(phaseRun.phases).map(
  ([phase, ms]) => `| ${phase} | ${fixed(ms, 0)} | ${fixed(ms / bareMs, 2)} |`,
)
const stepsMs = Object.entries(phaseRun.phases)
  .filter(([phase]) => phase !== 'bare safeParse' && phase !== 'validateRecords, whole')
  .reduce((sum, [, ms]) => sum + ms, 0)
const rulesMs = Object.entries(phaseRun.phases)
  .filter(([phase]) => phase.startsWith('rule: '))
  .reduce((sum, [, ms]) => sum + ms, 0)
phaseRows.push(`| the steps above, added | ${fixed(stepsMs, 0)} | ${fixed(stepsMs / bareMs, 2)} |`)
phaseRows.push(`| of which the rules | ${fixed(rulesMs, 0)} | ${fixed(rulesMs / bareMs, 2)} |`)

// ---------------------------------------------------------------- the document
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const document = `<!-- Generated by test/bench/performance-report.ts (npm run bench:report). Do not edit. -->

# Performance

Measured on ${cpus().length} × ${cpu}, ${fixed(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, in one run of
\`npm run bench:report\` (after \`npm run build\`). The machine is shared and noisy: compare
the ratios inside one table, not absolute times across runs.

## Cold import

Each case is a fresh Node process, run in ${rounds} rounds; each round runs every case and an
empty Node process in a shuffled order. *Added* is the median over the rounds of the time a
case took beyond that round's empty Node, so that a slow spell of the shared machine cancels
out; *× floor* divides it by the added time of the physical floor, reading and parsing the
shipped JSON files with nothing else; *RSS* is the resident memory added over the empty
process. *CPU* is the same comparison on the CPU time each process reports for itself (user
and system, every thread), which waiting for a busy machine does not inflate; its *× floor* is
the steadier of the two ratios. *In process* is the time the loading itself took, measured
inside the process around the \`import\` (or the reading and parsing, for the floor) beyond
the same measure in the empty process: it leaves out starting and ending the process,
which for the package include the teardown of a larger heap. *Median ms* is the raw time,
for scale.

| case | median ms | added ms | × floor | CPU added ms | × floor (CPU) | in process ms | × floor (in process) | RSS added MiB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${importRows.join('\n')}

The peers above are divided by this package's floor. Divided instead by its own floor
(reading and parsing the JSON files that hold the data its main entry loads, measured in
the same rounds), each package's import is:

| package | import added ms | own floor added ms | × own floor | × own floor (CPU) | × own floor (in process) |
| --- | ---: | ---: | ---: | ---: | ---: |
${ownFloorRows.join('\n')}

## First query

The first call of each helper, measured two ways in the same processes as above: inside
the process (\`performance.now()\` around the call alone, the median over the rounds),
and as the whole process's added time beyond the import-only case (wall, then CPU). The
second also counts what happens outside the call (the CPU column includes V8's compiler
and collector threads) and carries the noise of two separate medians, so it swings far
more from run to run; \`--trace-gc\` shows no collection during these calls.

| helper | first call, in process ms | process added beyond import ms | CPU added beyond import ms |
| --- | ---: | ---: | ---: |
${firstQueryRows.join('\n')}

## Data module form

How the records reach V8 decides how fast they load. The same engagements (copies of
the real ones with new ids), written four ways as one module each, are imported by fresh
processes in shuffled rounds as above (${rounds} rounds, medians of the time added over the
round's empty Node). A string literal must be scanned character by character when the
module compiles, before \`JSON.parse\` reads it again; a JSON module is read and parsed
as the floor reads the data. The build uses the last form: the package's chunks import
\`dist/data/{engagements,officials,sources}.json\`, the same files a user can open
(\`src/generated/*.ts\`, written by \`src/pipeline/render-data-modules.ts\`).

| engagements | form | added ms | CPU added ms | in process ms |
| ---: | --- | ---: | ---: | ---: |
${formRows.join('\n')}

## Freezing the records

Every shipped record is frozen all the way down, so that no caller can change what
later queries return to every other user in the process. What that costs at import, in
shuffled rounds as above: the package as built, and two copies whose records are frozen
less (only the three lists and each record, so a record's participants or sources could
still be changed), or not at all. *× floor* is the in-process ratio.

| records frozen | added ms | CPU added ms | in process ms | × floor (in process) |
| --- | ---: | ---: | ---: | ---: |
${freezeRows.join('\n')}

## createDataset

Synthetic datasets made from the real records (\`test/bench/synthetic-records.ts\`: copies
moved back a year each, with new ids), validated, completed and frozen by \`createDataset\`,
beside a bare zod \`safeParse\` of the same records with the package's schemas, whose
results are thrown away (*bare*), and the same parse keeping its results in arrays
(*kept*), as anything that returns records must: with every result alive, the
collections of the young generation copy them, which a parse whose results die at once
never pays, and that cost grows with the size. Each is the median of alternating rounds in this
process (${Object.entries(DATASET_ROUNDS)
  .map(([size, rounds]) => `${rounds} at ${Number(size).toLocaleString('en')}`)
  .join(', ')} engagements).
*records* counts engagements, officials and sources; *records per second* and *µs
per record* divide by it.

| engagements | records | createDataset ms | records per second | µs per record | bare safeParse ms | × bare | kept safeParse ms | kept µs per record | × kept |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${datasetRows.join('\n')}

### Where the time goes

The steps of \`createDataset\` (its \`validateRecords\`) timed one by one at ${PHASE_SIZE.toLocaleString('en')}
engagements (${phaseRun.records.toLocaleString('en')} records), in a child process running
the source as esbuild bundles it (\`test/bench/create-dataset-phases.ts\`): the median of
${PHASE_ROUNDS} alternating rounds, each with a bare \`safeParse\` of the same records and the
whole \`validateRecords\`. *Snapshot* is the one parse and copy of every record (the
generated parser, which reads each field through its property descriptor so that a
getter is reported without running); each *rule* is one cross-record check that a
schema parse does not make. × safeParse divides by the bare parse of this run.

| step | ms | × safeParse |
| --- | ---: | ---: |
${phaseRows.join('\n')}

## Queries

Nanoseconds per call over the same synthetic datasets (the median of 7 batches of at least
30 ms), each helper beside the linear scan it replaces (the *×* column is how many times
faster the helper is).

| engagements | query | helper ns | linear scan ns | × |
| ---: | --- | ---: | ---: | ---: |
${queryRows.join('\n')}
`
writeFileSync('docs/performance.md', document)
console.log(document)
