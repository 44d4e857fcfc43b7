import { nameTokens } from '../../core/names/normalize-name'
import { transliterationKey } from '../../core/names/transliteration-key'
import type { Official } from '../../core/schema/official'
import { lettersOnly } from '../../core/text/lookup-key'
import { lazyTypoIndex, type TypoIndex } from './typo-index'

/** One spelling of one official, in every form the tiers compare. */
export interface NameVariant {
  readonly official: Official
  /** Case-, diacritic-, punctuation- and particle-insensitive form. */
  readonly exact: string
  /** One transliteration key per word. */
  readonly keys: readonly string[]
  /** The words themselves, for partial names of one word, which must match exactly. */
  readonly words: readonly string[]
  /** Letters only, with and without particles, for typos that hit a space or an "al-". */
  readonly compact: readonly [string, string]
}

/** A person known NOT to be an official (from its `distinctFrom`), in comparable forms. */
export interface KnownOther {
  readonly official: Official
  readonly person: NonNullable<Official['distinctFrom']>[number]
  readonly keys: readonly string[]
  readonly compact: readonly [string, string]
}

/** A name asked for, in the same forms as {@link NameVariant}. */
export interface NameQuery {
  readonly input: string
  readonly exact: string
  readonly keys: readonly string[]
  readonly compact: readonly [string, string]
}

/** Everything the tiers look names up in, built once per dataset. */
export interface NameIndex {
  readonly byId: ReadonlyMap<string, Official>
  readonly variants: readonly NameVariant[]
  readonly byExactName: ReadonlyMap<string, NameVariant[]>
  readonly byKeys: ReadonlyMap<string, NameVariant[]>
  readonly variantsWithKey: ReadonlyMap<string, NameVariant[]>
  readonly variantsWithWord: ReadonlyMap<string, NameVariant[]>
  readonly knownOthers: readonly KnownOther[]
  /** Typo indexes over the two compact forms of every variant, built on first use. */
  readonly typoIndexes: readonly [() => TypoIndex, () => TypoIndex]
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

const sameKeys = (left: readonly string[], right: readonly string[]) =>
  left.length === right.length && left.every((key, index) => key === right[index])

const addTo = (map: Map<string, NameVariant[]>, key: string, variant: NameVariant) => {
  const list = map.get(key)
  if (list) list.push(variant)
  else map.set(key, [variant])
}

/**
 * One name of an official in every compared form, as plain strings: exact form,
 * transliteration keys and words (each joined by spaces), and the two compact forms.
 * The build stores them for the shipped officials, so a first name query computes none.
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

const wordsOf = (joined: string): string[] => (joined === '' ? [] : joined.split(' '))

/**
 * Indexes every canonical, native-script and alias name of the officials. `prepared`
 * holds the name forms of each official, in order, when the build computed them.
 *
 * @example
 * buildNameIndex(officials).byId.get('off_6biaw6')?.name
 * //=> 'Thabet Mohammed Saeed Al-Abbasi'
 */
export function buildNameIndex(
  officials: readonly Official[],
  prepared?: readonly (readonly NameForms[])[],
): NameIndex {
  const variants: NameVariant[] = officials.flatMap((official, index) =>
    (prepared?.[index] ?? nameFormsOf(official)).map(
      ([exact, keys, words, compact, compactWithoutParticles]) => ({
        official,
        exact,
        keys: wordsOf(keys),
        words: wordsOf(words),
        compact: [compact, compactWithoutParticles] as const,
      }),
    ),
  )
  const byExactName = new Map<string, NameVariant[]>()
  const byKeys = new Map<string, NameVariant[]>()
  const variantsWithKey = new Map<string, NameVariant[]>()
  const variantsWithWord = new Map<string, NameVariant[]>()
  for (const variant of variants) {
    addTo(byExactName, variant.exact, variant)
    addTo(byKeys, variant.keys.join(' '), variant)
    for (const key of new Set(variant.keys)) addTo(variantsWithKey, key, variant)
    for (const word of new Set(variant.words)) addTo(variantsWithWord, word, variant)
  }
  // People known NOT to be an official. One who is in the dataset too (Nouri al-Maliki,
  // listed as distinct from Samir Al-Maliki) is found by name like anyone else.
  const knownOthers = officials
    .flatMap((official) =>
      (official.distinctFrom ?? []).flatMap((person) =>
        [person.name, person.nativeName]
          .filter((name): name is string => Boolean(name))
          .map((name) => ({ official, person, ...nameQuery(name) })),
      ),
    )
    .filter(({ keys }) => !variants.some((variant) => sameKeys(variant.keys, keys)))
  return {
    byId: new Map(officials.map((official) => [official.id, official])),
    variants,
    byExactName,
    byKeys,
    variantsWithKey,
    variantsWithWord,
    knownOthers,
    typoIndexes: [
      lazyTypoIndex(variants.map((variant) => variant.compact[0])),
      lazyTypoIndex(variants.map((variant) => variant.compact[1])),
    ],
  }
}

/**
 * The person known NOT to be an official whose name the query spells, if any.
 *
 * @example
 * knownOtherNamed(index, nameQuery('Mohammad Khatami'))?.official.name //=> 'Amir Hatami'
 */
export function knownOtherNamed(index: NameIndex, query: NameQuery): KnownOther | undefined {
  return index.knownOthers.find(({ keys }) => sameKeys(keys, query.keys))
}
