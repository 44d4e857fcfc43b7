import { defaultDataset } from '../dataset/default-dataset'
import type { KnownSourceId } from '../generated/ids'
import type { Source } from '../schema/source'

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
