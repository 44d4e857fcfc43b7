import type { DatasetInput } from '../records/snapshot-records'
import { type Dataset, datasetOf } from './dataset'

export type { DatasetInput }

/**
 * Builds a dataset with the same helpers as the package (`byCountry`,
 * `byOfficial`, `timeline`, `get…`) over your records: for example the package's
 * records plus private ones. Every record is checked with the package's schemas and
 * cross-record rules (ids unique, references resolve, children inside their visit…);
 * engagements may omit `startDate`, `endDate` and `precision`, which are derived.
 * Your objects are copied, sorted and frozen; they are not modified, and the dataset
 * keeps none of them. They must be plain data, as `JSON.parse` gives: a getter, a class
 * instance or a function is reported with its path.
 *
 * It is asynchronous because it loads the validator (and zod) on first use, which
 * keeps `import … from 'iraq-defense-engagements'` cheap for everyone else.
 *
 * @param records - `{ engagements, officials, sources }`, each optional
 * @returns a promise of a dataset whose helpers behave like the package's
 * @throws {InvalidRecordsError} (as a rejection) listing every problem in every record
 *
 * @example
 * import { createDataset, engagements, officials, sources } from 'iraq-defense-engagements'
 * const mine = await createDataset({ engagements: [...engagements, myEngagement], officials, sources })
 * mine.byCountry('IQ').length //=> engagements.length + 1
 */
export async function createDataset(records: DatasetInput): Promise<Dataset> {
  const { validateRecords } = await import('../records/validate-records')
  return datasetOf(validateRecords(records))
}
