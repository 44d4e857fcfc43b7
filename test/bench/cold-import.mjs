// Cold-import cost of the built package, as a ratio to an empty Node process measured
// in the same run (the machine is shared and noisy, so absolute times mean little).
// Run after `npm run build`: npm run bench:import
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const folder = mkdtempSync(join(tmpdir(), 'ide-import-'))
const dist = resolve('dist')
const scripts = {
  'empty node (ESM)': ['empty.mjs', ''],
  'floor: read + JSON.parse dist/data': [
    'floor.mjs',
    `import { readFileSync } from 'node:fs'; for (const kind of ['engagements', 'officials', 'sources']) if (!JSON.parse(readFileSync('${dist}/data/' + kind + '.json', 'utf8')).length) throw 1`,
  ],
  'import { engagements }': [
    'esm.mjs',
    `import { engagements } from '${dist}/index.js'; if (!engagements.length) throw 1`,
  ],
  "require('…').engagements": [
    'cjs.cjs',
    `if (!require('${dist}/index.cjs').engagements.length) throw 1`,
  ],
  'import + first byCountry': [
    'query.mjs',
    `import { byCountry } from '${dist}/index.js'; byCountry('KR')`,
  ],
}
for (const [file, source] of Object.values(scripts)) writeFileSync(join(folder, file), source)
// The command line, started as a user's shell starts it.
const commands = {
  'cli --help': ['--help'],
  'cli timeline --country IR': ['timeline', '--country', 'IR'],
}
const time = (file) => {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, [join(folder, file)])
  return Number(process.hrtime.bigint() - start) / 1e6
}
const timeCli = (args) => {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, [join(dist, 'cli.js'), ...args], { stdio: 'ignore' })
  return Number(process.hrtime.bigint() - start) / 1e6
}
const runs = Object.fromEntries(
  [...Object.keys(scripts), ...Object.keys(commands)].map((name) => [name, []]),
)
for (let round = 0; round < 31; round++) {
  for (const [name, [file]] of Object.entries(scripts)) runs[name].push(time(file))
  for (const [name, args] of Object.entries(commands)) runs[name].push(timeCli(args))
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const empty = median(runs['empty node (ESM)'])
console.log('case                         median ms   Δ vs empty   ratio')
for (const [name, values] of Object.entries(runs)) {
  const value = median(values)
  console.log(
    `${name.padEnd(28)} ${value.toFixed(1).padStart(9)} ${(value - empty).toFixed(1).padStart(12)} ${(value / empty).toFixed(2).padStart(7)}`,
  )
}
