import { preparedDateWindow } from '../generated/date-window'
import { preparedGroups } from '../generated/engagement-groups'
import { engagements } from '../generated/engagements'
import { preparedNameIndex } from '../generated/name-index'
import { officials } from '../generated/officials'
import { retiredIds } from '../generated/retired'
import { sources } from '../generated/sources'
import { type Dataset, datasetOf } from './dataset'
import type { DateWindow } from './date-window'
import type { PreparedGroups } from './engagement-groups'
import type { PreparedNameIndex } from './names/prepare-name-index'

let shipped: Dataset | undefined

/**
 * The package's own dataset. Its records were validated, sorted and frozen by the
 * build, so nothing is checked again; the indexes are built on the first query,
 * from the name index and the groupings the build prepared.
 *
 * @example
 * defaultDataset() === defaultDataset() //=> true
 * defaultDataset().byCountry('KR') === byCountry('KR') //=> true
 */
export function defaultDataset(): Dataset {
  shipped ??= datasetOf({ engagements, officials, sources }, retiredIds, {
    // Written by the build with prepareNameIndex, prepareGroups and prepareDateWindow; tests hold each
    // equal to what those compute from the shipped records.
    nameIndex: preparedNameIndex as PreparedNameIndex,
    groups: preparedGroups as PreparedGroups,
    dateWindow: preparedDateWindow as DateWindow,
  })
  return shipped
}
