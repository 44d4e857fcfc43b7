import type { Engagement } from '../core/schema/engagement'
import { defaultDataset } from '../query/default-dataset'

/**
 * Full-text search: the engagements whose title, summary, notes, systems, place or
 * participants' names contain every word of the text, ignoring case, diacritics
 * and transliteration noise (Inad/Enad), best first: a word in the title or the
 * systems ranks above one in the summary; ties stay in chronological order.
 *
 * @param text - one or more words
 * @returns the matching engagements, best first, frozen
 * @throws {InvalidOptionError} for a text that is not a string or is longer than 500 characters
 *
 * @example
 * search('Caracal').length > 0 //=> true
 *
 * @example
 * search('caracal helicopters')[0] === search('Caracal Helicopters')[0] //=> true
 */
export function search(text: string): readonly Engagement[] {
  return defaultDataset().search(text)
}
