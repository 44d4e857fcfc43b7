/**
 * The main entry: the dataset as typed, frozen records. Schemas without the
 * data are in `iraq-defense-engagements/schema`.
 *
 * @packageDocumentation
 */
export { engagements } from './generated/engagements'
export { officials } from './generated/officials'
export { sources } from './generated/sources'
export type { Engagement, Official, Source } from './schema'
