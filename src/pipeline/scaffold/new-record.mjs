#!/usr/bin/env node
/**
 * @file `npm run new -- <engagement|official|source> [options]`: writes new record
 * files with a fresh id and every field, the ones to fill as "TODO: …" placeholders
 * that `npm run check` reports until they are replaced. Plain JavaScript, no
 * TypeScript runner, so it answers at once; the allowed values come from the
 * generated JSON Schemas in schema/, the one place the scaffold reads them from.
 */
import { randomInt } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const KINDS = {
  engagement: { prefix: 'eng', folder: 'engagements' },
  official: { prefix: 'off', folder: 'officials' },
  source: { prefix: 'src', folder: 'sources' },
}
const USAGE = `Usage: npm run new -- <engagement|official|source> [options]

Writes data/<kind>s/<id>.json with a fresh id; replace every "TODO: …" value,
remove optional fields that do not apply, then run npm run check.

Options
  --count <n>        write n records (default 1, at most 50)
  --date <edtf>      engagement date, e.g. 2021-02-24 or 2021-02
  --country <code>   the other state's ISO code (repeatable), e.g. --country TR
  --data <dir>       data folder (default: data)
  --help             this text

Examples
  npm run new -- engagement --date 2024-03-20 --country KR
  npm run new -- official --count 2`

/** The allowed values of a property in a generated JSON Schema. */
function allowed(kind, ...path) {
  let node = JSON.parse(readFileSync(join(ROOT, 'schema', `${kind}.schema.json`), 'utf8'))
  for (const key of path) node = key === '[]' ? node.items : node.properties[key]
  return node.enum.join(', ')
}

const templates = {
  engagement: ({ date, countries }) => ({
    title: 'TODO: a short, neutral headline in your own words',
    summary: 'TODO: one to three neutral sentences in your own words; attribute one-sided claims',
    type: `TODO: one of ${allowed('engagement', 'type')}`,
    status: 'occurred',
    date:
      date ??
      'TODO: EDTF date exactly as precise as the sources, e.g. 2021-02-24, 2021-02 or 2021-02-24/2021-02-27',
    countries: [
      'IQ',
      ...(countries.length > 0
        ? countries
        : ['TODO: ISO 3166-1 alpha-2 code of the other state, e.g. TR']),
    ],
    organizations: [],
    location: {
      place: 'TODO: city, base or facility, or remove location',
      country: 'TODO: ISO code of the country it took place in',
    },
    participants: [
      {
        officialId:
          'TODO: id of the official record, e.g. off_6biaw6 (npm run new -- official for a new person)',
        name: 'TODO: the name as the source spells it',
        title: 'TODO: the title as the source gives it, or remove title',
        role: `TODO: one of ${allowed('engagement', 'participants', '[]', 'role')}`,
        side: `TODO: one of ${allowed('engagement', 'participants', '[]', 'side')}`,
      },
    ],
    topics: [`TODO: any of ${allowed('engagement', 'topics', '[]')}`],
    systems: [],
    sources: [
      {
        sourceId: 'TODO: id of the source record (npm run new -- source)',
        supports: [`TODO: any of ${allowed('engagement', 'sources', '[]', 'supports', '[]')}`],
      },
    ],
    notes: 'TODO: how the date was established, conflicts between sources, or remove notes',
  }),
  official: () => ({
    name: 'TODO: canonical English name',
    nativeName: {
      name: 'TODO: the name in the person\u2019s own script, from a page in that script, or remove nativeName',
      lang: 'ar',
    },
    aliases: [
      {
        name: 'TODO: every other spelling seen, or an empty list and a note',
        kind: `TODO: one of ${allowed('official', 'aliases', '[]', 'kind')}`,
      },
    ],
    country:
      'TODO: ISO code of the state the person served (or replace with "organization": "NATO")',
    positions: [
      {
        title: 'TODO: e.g. Minister of Defence',
        from: 'TODO: EDTF start of the term if a page states it, or remove from',
        to: 'TODO: end of the term, or remove to',
      },
    ],
    sources: ['TODO: ids of sources that name the person in this office'],
  }),
  source: () => ({
    publisher: 'TODO: who published it, e.g. Shafaq News (relaying INA)',
    title: 'TODO: the headline in the original language',
    url: 'TODO: the page\u2019s absolute URL',
    published: 'TODO: EDTF publication date from the dateline, or null',
    language: 'TODO: language tag, e.g. en, ar, fa',
    kind: `TODO: one of ${allowed('source', 'kind')}`,
  }),
}

/** JSON as the formatter writes it: arrays of strings on one line when they fit in 100 columns. */
function format(record) {
  return JSON.stringify(record, null, 2).replace(
    /( *)("[^"]+": )?\[\n((?:\s*"(?:[^"\\]|\\.)*",?\n)+)\s*\]/g,
    (whole, indent, key = '', items) => {
      const line = `${indent}${key}[${items
        .trim()
        .split(/,?\n\s*/)
        .join(', ')}]`
      return line.length <= 100 ? line : whole
    },
  )
}

function freshId(prefix, taken) {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'
  for (;;) {
    const id = `${prefix}_${Array.from({ length: 6 }, () => alphabet[randomInt(36)]).join('')}`
    if (!taken.has(id)) return id
  }
}

function main(argv) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      count: { type: 'string', default: '1' },
      date: { type: 'string' },
      country: { type: 'string', multiple: true, default: [] },
      data: { type: 'string', default: 'data' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const [kind, ...extra] = positionals
  if (!(kind in KINDS) || extra.length > 0) {
    console.error(
      `✖ expected one record kind (engagement, official or source), found ${JSON.stringify(positionals.join(' '))}\n\n${USAGE}`,
    )
    return 2
  }
  const count = Number(values.count)
  if (!Number.isInteger(count) || count < 1 || count > 50) {
    console.error(`✖ --count: expected a whole number from 1 to 50, found "${values.count}"`)
    return 2
  }
  if (kind !== 'engagement' && (values.date || values.country.length > 0)) {
    console.error('✖ --date and --country apply to engagements only')
    return 2
  }
  const countries = values.country.map((code) => code.toUpperCase())
  const dataDir = resolve(values.data)
  const taken = new Set(
    Object.values(KINDS).flatMap(({ folder }) =>
      existsSync(join(dataDir, folder))
        ? readdirSync(join(dataDir, folder)).map((name) => name.replace(/\.json$/, ''))
        : [],
    ),
  )
  const { prefix, folder } = KINDS[kind]
  for (let index = 0; index < count; index++) {
    const id = freshId(prefix, taken)
    taken.add(id)
    const record = {
      $schema: `../../schema/${kind}.schema.json`,
      id,
      ...templates[kind]({ date: values.date, countries }),
    }
    const path = join(dataDir, folder, `${id}.json`)
    writeFileSync(path, `${format(record)}\n`, { flag: 'wx' })
    console.log(`✔ wrote ${join(values.data, folder, `${id}.json`)}`)
  }
  console.log('  next: replace every "TODO: …" value, then run npm run check')
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  process.exitCode = 2
}
