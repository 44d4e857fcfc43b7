import type { Engagement } from '../core/schema/engagement'
import type { KnownEngagementId } from '../generated/ids'
import { defaultDataset } from '../query/default-dataset'

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
