// Size budgets (npm run size, and the size-limit test), in brotli bytes. The data
// budgets grow per record, so adding records never means loosening a budget by hand:
// a record kind whose average size grows past its allowance fails here.
const { readdirSync } = require('node:fs')

/** Brotli bytes allowed per record, about 10% above the average measured at 525 engagements. */
const PER_RECORD = { engagements: 230, officials: 62, sources: 70 }
/**
 * Brotli bytes per record of what the build prepares so that a first query computes
 * little: the name index (every spelling's forms and lookup tables) per official, the
 * groupings by country, official and organization per engagement. About 10% above
 * the 89 and 9 bytes measured at 355 officials and 522 engagements.
 */
const PREPARED_PER_RECORD = { officials: 100, engagements: 10 }
/** Fixed allowances for what does not grow with the data. */
const CODE = { dataModules: 2_000, byCountry: 8_000, fullEntry: 41_000, schemaEntry: 30_000 }

const count = (folder) =>
  readdirSync(`${__dirname}/data/${folder}`).filter((name) => name.endsWith('.json')).length
const perRecord = (allowances) =>
  Object.entries(allowances).reduce((sum, [kind, bytes]) => sum + count(kind) * bytes, 0)
const data = CODE.dataModules + perRecord(PER_RECORD)
const prepared = perRecord(PREPARED_PER_RECORD)

module.exports = [
  {
    name: 'the data alone: import { engagements, officials, sources }',
    path: 'dist/index.js',
    import: '{ engagements, officials, sources }',
    limit: `${data} B`,
  },
  {
    name: 'import { byCountry }',
    path: 'dist/index.js',
    import: '{ byCountry }',
    limit: `${data + prepared + CODE.byCountry} B`,
  },
  {
    name: 'import { EngagementSchema } from "iraq-defense-engagements/schema" (no data)',
    path: 'dist/schema.js',
    import: '{ EngagementSchema }',
    limit: `${CODE.schemaEntry} B`,
  },
  {
    name: 'the full entry',
    path: 'dist/index.js',
    import: '*',
    limit: `${data + prepared + CODE.fullEntry} B`,
  },
]
