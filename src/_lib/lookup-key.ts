/**
 * The form of a name that lookups compare: lower case, no diacritics, punctuation
 * as single spaces, without a leading "the". Country and organization names are
 * matched on it.
 *
 * @example
 * lookupKey('Korea, Republic of') //=> 'korea republic of'
 * lookupKey('The anti-ISIS Coalition') //=> 'anti isis coalition'
 */
export function lookupKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
}
