import { nameTokens } from '../../core/names/normalize-name'
import { transliterationKey } from '../../core/names/transliteration-key'
import type { Official } from '../../core/schema/official'
import { lettersOnly } from '../../core/text/lookup-key'

/** A name asked for, in every form the tiers compare. */
export interface NameQuery {
  readonly input: string
  /** Case-, diacritic-, punctuation- and particle-insensitive form. */
  readonly exact: string
  /** One transliteration key per word. */
  readonly keys: readonly string[]
  /** Letters only, with and without particles, for typos that hit a space or an "al-". */
  readonly compact: readonly [string, string]
}

/**
 * A name's letters alone: with its particles, and without them (as nameTokens drops them).
 *
 * @example
 * compactForms('Khalid al-Obeidi') //=> ['khalidalobeidi', 'khalidobeidi']
 */
export function compactForms(name: string): [string, string] {
  return [lettersOnly(name), nameTokens(name).join('')]
}

/**
 * A name as the tiers compare it.
 *
 * @example
 * nameQuery('Jumah Enad').exact //=> 'jumah enad'
 */
export function nameQuery(input: string): NameQuery {
  const words = nameTokens(input)
  return {
    input,
    exact: words.join(' '),
    keys: words.map(transliterationKey),
    compact: compactForms(input),
  }
}

/**
 * One name of an official in every compared form, as plain strings: exact form,
 * transliteration keys and words (each joined by spaces), and the two compact forms.
 */
export type NameForms = readonly [string, string, string, string, string]

/**
 * The forms of every name of an official: canonical, native-script, then aliases.
 *
 * @example
 * nameFormsOf({ name: 'Amir Hatami', aliases: [] })[0][0] //=> 'amir hatami'
 */
export function nameFormsOf(
  official: Pick<Official, 'name' | 'nativeName' | 'aliases'>,
): NameForms[] {
  return [official.name, official.nativeName?.name, ...official.aliases.map((alias) => alias.name)]
    .filter((name): name is string => Boolean(name))
    .map((name) => {
      const { exact, keys, compact } = nameQuery(name)
      return [exact, keys.join(' '), nameTokens(name).join(' '), compact[0], compact[1]]
    })
}

/**
 * The words of a form joined by spaces (as `NameForms` stores them), or none for an
 * empty form.
 *
 * @example
 * wordsOf('jama anad') //=> ['jama', 'anad']
 * wordsOf('') //=> []
 */
export function wordsOf(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ')
}

/**
 * Whether two names have the same transliteration keys, word by word.
 *
 * @example
 * sameKeys(nameQuery('Jumah Enad').keys, nameQuery('Juma Inad').keys) //=> true
 */
export function sameKeys(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((key, index) => key === right[index])
}
