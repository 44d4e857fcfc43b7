import type { Engagement } from '../core/schema/engagement'
import { defaultDataset } from '../query/default-dataset'

/**
 * Engagements in which an international organization was a party, oldest first.
 * Takes a code or a name: `NATO`, `North Atlantic Treaty Organization`, `CJTF_OIR`,
 * `the anti-ISIS coalition`, `Operation Inherent Resolve`, `EU`, `AOI`.
 *
 * @param codeOrName - an organization's code or name, in any case
 * @returns the engagements, oldest first, frozen
 * @throws {UnknownOrganizationError} for anything else
 *
 * @example
 * byOrganization('the anti-ISIS coalition') === byOrganization('CJTF_OIR') //=> true
 *
 * @example
 * byOrganization('NATO').every((engagement) => engagement.organizations.includes('NATO')) //=> true
 */
export function byOrganization(codeOrName: string): readonly Engagement[] {
  return defaultDataset().byOrganization(codeOrName)
}
