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
 * One name of an official in the forms the tiers compare, as plain strings: exact
 * form, transliteration keys joined by spaces, and its letters alone with particles.
 * The rest follows from these: the words are the exact form's, and the letters
 * without particles are the exact form without its spaces.
 */
export type NameForms = readonly [exact: string, keys: string, compact: string]

/**
 * The forms of every name of an official: canonical, native-script, then aliases.
 *
 * @example
 * nameFormsOf({ name: 'Khalid al-Obeidi', aliases: [] })
 * //=> [['khalid obeidi', 'halad abada', 'khalidalobeidi']]
 */
export function nameFormsOf(
  official: Pick<Official, 'name' | 'nativeName' | 'aliases'>,
): NameForms[] {
  return [official.name, official.nativeName?.name, ...official.aliases.map((alias) => alias.name)]
    .filter((name): name is string => Boolean(name))
    .map((name) => {
      const { exact, keys, compact } = nameQuery(name)
      return [exact, keys.join(' '), compact[0]]
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
