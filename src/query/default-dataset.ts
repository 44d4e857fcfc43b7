import { engagements } from '../generated/engagements'
import { officialNameForms } from '../generated/name-forms'
import { officials } from '../generated/officials'
import { retiredIds } from '../generated/retired'
import { sources } from '../generated/sources'
import { type Dataset, datasetOf } from './dataset'

let shipped: Dataset | undefined

/**
 * The package's own dataset. Its records were validated, sorted and frozen by the
 * build, so nothing is checked again; the indexes are built on the first query,
 * from the name forms the build prepared.
 */
export function defaultDataset(): Dataset {
  shipped ??= datasetOf({ engagements, officials, sources }, retiredIds, {
    nameForms: officialNameForms,
  })
  return shipped
}
