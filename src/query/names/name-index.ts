import type { Official } from '../../core/schema/official'
import { type NameQuery, sameKeys, wordsOf } from './name-forms'
import {
  type PositionsByName,
  type PreparedNameIndex,
  prepareNameIndex,
} from './prepare-name-index'
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

/** The variants that share one form of their name. */
export interface NameLookup {
  get(key: string): readonly NameVariant[] | undefined
  has(key: string): boolean
}

/** Everything the tiers look names up in, built once per dataset. */
export interface NameIndex {
  readonly byId: ReadonlyMap<string, Official>
  readonly variants: readonly NameVariant[]
  readonly byExactName: NameLookup
  readonly byKeys: NameLookup
  readonly variantsWithKey: NameLookup
  readonly variantsWithWord: NameLookup
  readonly knownOthers: readonly KnownOther[]
  /** Typo indexes over the two compact forms of every variant, built on first use. */
  readonly typoIndexes: readonly [() => TypoIndex, () => TypoIndex]
}

// Reads a prepared table in place: no map is filled, so a first query costs little.
const lookupOf = (positions: PositionsByName, variants: readonly NameVariant[]): NameLookup => ({
  get: (key) =>
    Object.hasOwn(positions, key)
      ? (positions[key] as readonly number[]).map((position) => variants[position] as NameVariant)
      : undefined,
  has: (key) => Object.hasOwn(positions, key),
})

/**
 * Indexes every canonical, native-script and alias name of the officials, from their
 * prepared index (`prepareNameIndex`): the build writes it for the shipped officials.
 *
 * @example
 * buildNameIndex(officials).byId.get('off_6biaw6')?.name
 * //=> 'Thabet Mohammed Saeed Al-Abbasi'
 */
export function buildNameIndex(
  officials: readonly Official[],
  prepared: PreparedNameIndex = prepareNameIndex(officials),
): NameIndex {
  const variants: NameVariant[] = officials.flatMap((official, index) =>
    (prepared.forms[index] ?? []).map(([exact, keys, words, compact, compactWithoutParticles]) => ({
      official,
      exact,
      keys: wordsOf(keys),
      words: wordsOf(words),
      compact: [compact, compactWithoutParticles] as const,
    })),
  )
  const knownOthers = prepared.knownOthers.map(
    ([officialPosition, personPosition, keys, compact, compactWithoutParticles]) => {
      const official = officials[officialPosition] as Official
      const person = official.distinctFrom?.[personPosition] as KnownOther['person']
      return {
        official,
        person,
        keys: wordsOf(keys),
        compact: [compact, compactWithoutParticles] as const,
      }
    },
  )
  return {
    byId: new Map(officials.map((official) => [official.id, official])),
    variants,
    byExactName: lookupOf(prepared.byExactName, variants),
    byKeys: lookupOf(prepared.byKeys, variants),
    variantsWithKey: lookupOf(prepared.withKey, variants),
    variantsWithWord: lookupOf(prepared.withWord, variants),
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
