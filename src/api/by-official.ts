import type { Engagement } from '../core/schema/engagement'
import { defaultDataset } from '../query/default-dataset'

/**
 * The engagements in which a person took part, in chronological order.
 *
 * Accepts an official id, the canonical name, the native-script name or any
 * recorded alias, and tolerates transliteration noise: case, diacritics, hyphens
 * and apostrophes, al-/el- particles, vowel variation (Inad/Enad/Anad), doubled
 * letters (Abbasi/Abbassi), ou/oo/u, q/gh/k, kh/h, a final h, and a partial name
 * when it is unique ("Juma Inad"). It never guesses between two people.
 *
 * @param nameOrId - e.g. `'off_mga91j'`, `'Juma Inad'`, `'Jumah Enad Saadoun'`, `'جمعة عناد سعدون'`
 * @returns the engagements, oldest first; an empty array if the person has none
 * @throws {AmbiguousOfficialError} when the name fits several people; `candidates` lists them
 * @throws {UnknownOfficialError} when it fits nobody; `suggestions` lists the closest names
 *
 * @example
 * // spellings of the same minister give the same records:
 * byOfficial('Juma Anaad Sadoun') === byOfficial('juma inad') //=> true
 *
 * @example
 * // the seed article's misspelling of Amir Hatami finds his records:
 * byOfficial('Khatami') === byOfficial('Amir Hatami') //=> true
 *
 * @example
 * // several people are called al-Maliki:
 * byOfficial('Al-Maliki') // throws AmbiguousOfficialError listing them all
 */
export function byOfficial(nameOrId: string): readonly Engagement[] {
  return defaultDataset().byOfficial(nameOrId)
}
