// Size budgets (npm run size, and the size-limit test), in brotli bytes. The data
// budgets grow per record, so adding records never means loosening a budget by hand:
// a record kind whose average size grows past its allowance fails here.
const { readdirSync } = require('node:fs')

/** Brotli bytes allowed per record, about 10% above the average measured at 525 engagements. */
const PER_RECORD = { engagements: 230, officials: 62, sources: 70 }
/** Fixed allowances for what does not grow with the data. */
const CODE = { dataModules: 2_000, byCountry: 8_000, fullEntry: 41_000, schemaEntry: 30_000 }

const count = (folder) =>
  readdirSync(`${__dirname}/data/${folder}`).filter((name) => name.endsWith('.json')).length
const data =
  CODE.dataModules +
  Object.entries(PER_RECORD).reduce((sum, [kind, bytes]) => sum + count(kind) * bytes, 0)

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
    limit: `${data + CODE.byCountry} B`,
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
    limit: `${data + CODE.fullEntry} B`,
  },
]
