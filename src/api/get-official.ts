import type { Official } from '../core/schema/official'
import type { KnownOfficialId } from '../generated/ids'
import { defaultDataset } from '../query/default-dataset'

/**
 * One official by id or by any name `byOfficial` accepts; `undefined` when no
 * single official matches (unknown or ambiguous). Use `byOfficial` for the reason.
 *
 * @example
 * getOfficial('Shamhani')?.name //=> 'Ali Shamkhani'
 * getOfficial('Mohammad Khatami') //=> undefined
 */
export function getOfficial(idOrName: KnownOfficialId): Official
export function getOfficial(idOrName: string): Official | undefined
export function getOfficial(idOrName: string): Official | undefined {
  return defaultDataset().getOfficial(idOrName)
}
