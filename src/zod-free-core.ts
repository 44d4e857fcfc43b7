/**
 * @file A build-only entry point. Listing these zod-free modules as their own tsup
 * entry makes esbuild put them in a chunk apart from the zod schemas, so a consumer
 * who imports only `byCountry` does not pull zod into their bundle. Not exported.
 */
export { deriveDateRange } from './core/dates/derive-date-range'
export { parseEdtf } from './core/dates/parse-edtf'
export * from './core/vocabulary/vocabulary'
