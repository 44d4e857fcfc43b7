import { asciiWords } from './ascii-words'
import { isAscii } from './is-ascii'
import { combiningMarks, nonLettersOrDigits } from './unicode-classes'

/**
 * Text without case or diacritics: the first step of every comparison of names,
 * countries, organizations and systems.
 *
 * @example
 * foldCase('Türkiye') //=> 'turkiye'
 */
export function foldCase(text: string): string {
  // ASCII has no marks and no compatibility forms: it only needs lower case.
  if (isAscii(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(combiningMarks(), '').toLowerCase()
}

/**
 * A name's letters and digits alone, without case or diacritics: "F-16", "F16" and
 * "f 16" agree, and so do two spellings that differ in spaces or hyphens.
 *
 * @example
 * lettersOnly('Al-Obeidi, Khalid') //=> 'alobeidikhalid'
 */
export function lettersOnly(text: string): string {
  if (isAscii(text)) return asciiWords(text.toLowerCase()).join('')
  return foldCase(text).replace(nonLettersOrDigits(), '')
}

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
  const key = isAscii(text)
    ? asciiWords(text.toLowerCase()).join(' ')
    : foldCase(text).replace(nonLettersOrDigits(), ' ').trim()
  return key.startsWith('the ') ? key.slice(4) : key
}
