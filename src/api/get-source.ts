import type { Source } from '../core/schema/source'
import type { KnownSourceId } from '../generated/ids'
import { defaultDataset } from '../query/default-dataset'

/**
 * One source by id.
 *
 * @example
 * getSource('src_ri8mjw')?.publisher //=> 'YCPress'
 */
export function getSource(id: KnownSourceId): Source
export function getSource(id: string): Source | undefined
export function getSource(id: string): Source | undefined {
  return defaultDataset().getSource(id)
}
