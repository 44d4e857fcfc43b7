// Where createDataset spends its time: the steps of `validateRecords` (snapshot, each
// cross-record rule, completion, freezing) timed one by one over synthetic engagements,
// beside a bare zod safeParse of the same records and the whole `validateRecords`, in
// alternating rounds in one process. Prints one JSON object of medians (ms).
// The report bundles this file with esbuild and runs it in a child process, so that
// the source is timed as the package ships it, not as tsx transpiles it:
//   node --expose-gc <bundle> <engagements> <rounds>
import { engagements, officials, sources } from '../../src/index'
import { completeRecords } from '../../src/records/complete-records'
import { freezeRecords } from '../../src/records/freeze-records'
import { snapshotRecords } from '../../src/records/snapshot-records'
import { validateRecords } from '../../src/records/validate-records'
import { EngagementInputSchema, OfficialSchema, SourceSchema } from '../../src/schema'
import type { LintContext } from '../../src/validate/context'
import { parseRecord } from '../../src/validate/parse-record'
import { RULES } from '../../src/validate/rules'
import { syntheticRecords } from './synthetic-records'

const size = Number(process.argv[2] ?? 100_000)
const rounds = Number(process.argv[3] ?? 3)
const records = syntheticRecords(size, { engagements, officials })
const input = { engagements: records.engagements, officials: records.officials, sources }
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number
const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

const samples = new Map<string, number[]>()
const sample = (phase: string, ms: number) => {
  const list = samples.get(phase)
  if (list) list.push(ms)
  else samples.set(phase, [ms])
}

for (let round = 0; round < rounds; round++) {
  gc()
  sample(
    'bare safeParse',
    timed(() => {
      for (const record of input.engagements) EngagementInputSchema.safeParse(record)
      for (const record of input.officials) OfficialSchema.safeParse(record)
      for (const record of input.sources) SourceSchema.safeParse(record)
    })[1],
  )
  gc()
  sample('validateRecords, whole', timed(() => validateRecords(input))[1])
  gc()
  // The steps of validateRecords and processRecords, in their order, with the same
  // shared parses and date ranges.
  const parses: NonNullable<LintContext['parses']> = new Map()
  const [snapshot, snapshotMs] = timed(() => snapshotRecords(input, parses))
  sample('snapshot (parse and copy)', snapshotMs)
  const { engagements: shots, officials: people, sources: cited } = snapshot.records
  const context: LintContext = {
    files: [
      ...shots.map((value, index) => ({ file: `e${index}`, kind: 'engagement' as const, value })),
      ...people.map((value, index) => ({ file: `o${index}`, kind: 'official' as const, value })),
      ...cited.map((value, index) => ({ file: `s${index}`, kind: 'source' as const, value })),
    ],
    today: '2026-12-01',
    recordsFrom: 'values',
    parses,
    ranges: new Map(),
  }
  for (const rule of RULES) {
    if (rule.scope === 'file') continue
    const [issues, ms] = timed(() => rule.check(context))
    if (issues.length > 0) throw new Error(`${rule.name} found ${issues.length} issues`)
    sample(`rule: ${rule.name}`, ms)
  }
  const parsedOf = (kind: 'engagement' | 'official' | 'source') =>
    context.files
      .filter((file) => file.kind === kind)
      .map((file) => parseRecord(kind, file.value, 'values', parses).data)
  const [completed, completeMs] = timed(() =>
    completeRecords(
      {
        engagements: parsedOf('engagement') as never,
        officials: parsedOf('official') as never,
        sources: parsedOf('source') as never,
      },
      context.ranges,
    ),
  )
  sample('completion and sorting', completeMs)
  sample('freezing', timed(() => freezeRecords(completed))[1])
}

const result = Object.fromEntries([...samples].map(([phase, list]) => [phase, median(list)]))
process.stdout.write(
  JSON.stringify({
    size,
    rounds,
    records: input.engagements.length + input.officials.length + input.sources.length,
    phases: result,
  }),
)
