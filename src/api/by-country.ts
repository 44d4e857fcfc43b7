import type { Engagement } from '../core/schema/engagement'
import { defaultDataset } from '../query/default-dataset'

/**
 * The engagements in which a state is a party, in chronological order.
 *
 * Accepts ISO 3166-1 alpha-2 and alpha-3 codes, English short and official names
 * and common aliases, in any case and with or without diacritics. A real country
 * with no engagements gives an empty array. The array and its records are frozen.
 *
 * @param country - e.g. `'KR'`, `'KOR'`, `'South Korea'`, `'Republic of Korea'`, `'Korea, Republic of'`
 * @returns the engagements, oldest first
 * @throws {UnknownCountryError} when the input is not a country; its message offers the closest matches
 *
 * @example
 * // any spelling of a country gives the same array:
 * byCountry('Republic of Korea') === byCountry('KOR') //=> true
 *
 * @example
 * // every engagement in which Pakistan is a party, oldest first:
 * byCountry('Pakistan').every((engagement) => engagement.countries.includes('PK')) //=> true
 *
 * @example
 * // a typo:
 * byCountry('Koria') // throws UnknownCountryError: Unknown country "Koria"; did you mean "North Korea" (KP), "South Korea" (KR)?
 */
export function byCountry(country: string): readonly Engagement[] {
  return defaultDataset().byCountry(country)
}
