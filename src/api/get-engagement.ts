import { defaultDataset } from '../dataset/default-dataset'
import type { KnownEngagementId } from '../generated/ids'
import type { Engagement } from '../schema/engagement'

/**
 * One engagement by id. With an id of this version the result is typed as present.
 *
 * @example
 * getEngagement('eng_pa8hy7').title //=> 'Defence ministers of South Korea and Iraq meet in Seoul'
 * getEngagement('eng_000000') //=> undefined
 */
export function getEngagement(id: KnownEngagementId): Engagement
export function getEngagement(id: string): Engagement | undefined
export function getEngagement(id: string): Engagement | undefined {
  return defaultDataset().getEngagement(id)
}
