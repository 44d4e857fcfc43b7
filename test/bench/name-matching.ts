// Name matching through typos, ours beside Fuse.js, on the same seeded misspellings
// as test/names/official-matcher-fuzz.test.ts. Run: npm run bench:names
import Fuse from 'fuse.js'
import type { Official } from '../../src/core/schema/official'
import { officials } from '../../src/index'
import { createOfficialMatcher } from '../../src/query/names/official-matcher'
import { seededRandom } from '../_helpers/seeded-random'
import { latinNamesOf, meantUnambiguously, misspell } from '../query/names/misspellings'

const ours = createOfficialMatcher(officials)
const fuse = new Fuse(
  officials.map((official) => ({ official, names: latinNamesOf(official) })),
  { keys: ['names'], includeScore: true },
)
// What a careful user would configure: one entry per name, position in the string ignored.
const tunedFuse = new Fuse(
  officials.flatMap((official) => latinNamesOf(official).map((name) => ({ official, name }))),
  { keys: ['name'], includeScore: true, ignoreLocation: true },
)
const matchers: Record<string, (query: string) => Official | undefined> = {
  'this package': (query) => {
    try {
      return ours.resolve(query)
    } catch {
      return undefined
    }
  },
  'Fuse.js 7 (defaults)': (query) => fuse.search(query, { limit: 1 })[0]?.item.official,
  'Fuse.js 7 (per name, ignoreLocation)': (query) =>
    tunedFuse.search(query, { limit: 1 })[0]?.item.official,
}

function drawMisspellings(edits: number, count: number, seed: number) {
  const random = seededRandom(seed)
  const drawn: [string, Official][] = []
  while (drawn.length < count) {
    const official = officials[Math.floor(random() * officials.length)] as Official
    const names = latinNamesOf(official)
    if (names.length === 0) continue
    let query = names[Math.floor(random() * names.length)] as string
    for (let edit = 0; edit < edits; edit++) query = misspell(query, random)
    if (meantUnambiguously(query, official, officials)) drawn.push([query, official])
  }
  return drawn
}

const rows: string[][] = []
for (const [edits, seed] of [
  [1, 7919],
  [2, 15_838],
] as const) {
  const queries = drawMisspellings(edits, 2000, seed)
  for (const [name, match] of Object.entries(matchers)) {
    for (const [query] of queries.slice(0, 50)) match(query) // warm up
    let correct = 0
    let wrong = 0
    const start = performance.now()
    for (const [query, official] of queries) {
      const found = match(query)
      if (found?.id === official.id) correct++
      else if (found) wrong++
    }
    const micros = ((performance.now() - start) * 1000) / queries.length
    rows.push([
      name,
      String(edits),
      `${((correct / queries.length) * 100).toFixed(2)}%`,
      String(wrong),
      `${(((queries.length - correct - wrong) / queries.length) * 100).toFixed(2)}%`,
      micros.toFixed(0),
    ])
  }
}
const header = ['matcher', 'edits', 'right person', 'wrong person', 'refused', 'µs/query']
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
)
for (const row of [header, ...rows]) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column] as number)).join('  '))
}
