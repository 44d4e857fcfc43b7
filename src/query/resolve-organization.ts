import { UnknownOrganizationError } from '../core/errors'
import { MAX_SUGGESTION_INPUT } from '../core/text/closest-matches'
import { lookupKey } from '../core/text/lookup-key'
import { ORGANIZATIONS } from '../core/vocabulary/vocabulary'

/** An organization code such as `'NATO'`. */
export type OrganizationCode = keyof typeof ORGANIZATIONS

/** Other names people use for the organizations, beyond their codes and full names. */
const ALSO_CALLED: Record<OrganizationCode, readonly string[]> = {
  NATO: ['North Atlantic Alliance', 'NATO Mission Iraq', 'NATO Training Mission-Iraq'],
  AOI: [],
  CJTF_OIR: [
    'CJTF-OIR',
    'the coalition',
    'the anti-ISIS coalition',
    'the anti-ISIL coalition',
    'the Global Coalition',
    'Global Coalition against Daesh',
    'Operation Inherent Resolve',
    'OIR',
  ],
  EU: [],
}

let byKey: Map<string, OrganizationCode> | undefined

/**
 * The code of an international organization from its code or any of its names, in
 * any case and punctuation.
 *
 * @throws {UnknownOrganizationError} for anything else
 *
 * @example
 * resolveOrganization('the anti-ISIS coalition') //=> 'CJTF_OIR'
 * resolveOrganization('north atlantic treaty organization') //=> 'NATO'
 */
export function resolveOrganization(input: string): OrganizationCode {
  const codes = Object.keys(ORGANIZATIONS) as OrganizationCode[]
  if (typeof input !== 'string' || input.length > MAX_SUGGESTION_INPUT) {
    throw new UnknownOrganizationError(input, codes)
  }
  byKey ??= new Map(
    codes.flatMap((code) =>
      [code, ORGANIZATIONS[code], ...ALSO_CALLED[code]].map(
        (name) => [lookupKey(name), code] as const,
      ),
    ),
  )
  const code = byKey.get(lookupKey(input))
  if (!code) throw new UnknownOrganizationError(input, codes)
  return code
}
