import type { Official } from '../../core/schema/official'
import { type PackedTable, type PositionsByKey, positionsReader } from '../packed-table'
import { type NameQuery, sameKeys, wordsOf } from './name-forms'
import { type NameTables, nameTablesOf } from './name-tables'
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
  /** The variant at a position, made from its prepared line when first asked for. */
  variantAt(position: number): NameVariant
  /** Every variant, in order: for the tiers that compare a name with all of them. */
  allVariants(): readonly NameVariant[]
  /**
   * The two compact forms of the variant at a position, read from its prepared line
   * without making the variant: the typo tier measures every candidate this way and
   * makes only the variants that are near enough.
   */
  compactAt(position: number): readonly [string, string]
  /** The positions of every variant of one official, in order. */
  variantPositionsOf(official: Official): readonly number[]
  readonly byExactName: NameLookup
  readonly byKeys: NameLookup
  readonly variantsWithKey: NameLookup
  readonly variantsWithWord: NameLookup
  readonly knownOthers: readonly KnownOther[]
  /** Typo indexes over the two compact forms of every variant, built on first use. */
  readonly typoIndexes: readonly [() => TypoIndex, () => TypoIndex]
}

const lookupOf = (
  table: PackedTable | PositionsByKey,
  variantAt: (position: number) => NameVariant,
): NameLookup => {
  const positionsOf = positionsReader(table)
  return {
    get: (key) => positionsOf(key)?.map(variantAt),
    has: (key) => positionsOf(key) !== undefined,
  }
}

/** The compact forms of a variant's line: the stored one, or the exact form without spaces. */
const compactOf = (exact: string, compact: string): [string, string] => {
  const withoutParticles = exact.replaceAll(' ', '')
  return [compact === '' ? withoutParticles : compact, withoutParticles]
}

const variantOf = (line: string, officials: readonly Official[]): NameVariant => {
  const [officialPosition, exact = '', keys = '', compact = ''] = line.split('\t')
  return {
    official: officials[Number(officialPosition)] as Official,
    exact,
    keys: wordsOf(keys),
    words: wordsOf(exact),
    compact: compactOf(exact, compact),
  }
}

/**
 * Indexes every canonical, native-script and alias name of the officials, from their
 * name tables: packed by the build for the shipped officials (`prepareNameIndex`),
 * computed here as maps for others (`nameTablesOf`).
 * Nothing is decoded until a tier asks: a first query reads a few table entries and
 * makes the variants they point at.
 *
 * @example
 * buildNameIndex(officials).byId.get('off_6biaw6')?.name
 * //=> 'Thabet Mohammed Saeed Al-Abbasi'
 */
export function buildNameIndex(
  officials: readonly Official[],
  prepared: NameTables<PackedTable | PositionsByKey> = nameTablesOf(officials),
): NameIndex {
  let lines: string[] | undefined
  const linesOf = () => {
    lines ??= prepared.variants === '' ? [] : prepared.variants.split('\n')
    return lines
  }
  const made: (NameVariant | undefined)[] = []
  const variantAt = (position: number): NameVariant => {
    made[position] ??= variantOf(linesOf()[position] as string, officials)
    return made[position]
  }
  let all: readonly NameVariant[] | undefined
  const allVariants = () => {
    all ??= linesOf().map((_, position) => variantAt(position))
    return all
  }
  let compacts: (readonly [string, string])[] | undefined
  const compactsOf = () => {
    compacts ??= linesOf().map((line) => {
      const [, exact = '', , compact = ''] = line.split('\t')
      return compactOf(exact, compact)
    })
    return compacts
  }
  // The variant positions of each official, by the official's position: a line starts with it.
  let byOfficial: Map<number, number[]> | undefined
  const positionsOfOfficial = (official: Official) => {
    if (byOfficial === undefined) {
      byOfficial = new Map()
      linesOf().forEach((line, position) => {
        const owner = Number(line.slice(0, line.indexOf('\t')))
        const positions = byOfficial?.get(owner)
        if (positions) positions.push(position)
        else byOfficial?.set(owner, [position])
      })
    }
    return byOfficial.get(officials.indexOf(official)) ?? []
  }
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
  let byId: ReadonlyMap<string, Official> | undefined
  return {
    // Made when an id is first asked for: a name query does not need it.
    get byId() {
      byId ??= new Map(officials.map((official) => [official.id, official]))
      return byId
    },
    variantAt,
    allVariants,
    compactAt: (position) => compactsOf()[position] as readonly [string, string],
    variantPositionsOf: positionsOfOfficial,
    byExactName: lookupOf(prepared.byExactName, variantAt),
    byKeys: lookupOf(prepared.byKeys, variantAt),
    variantsWithKey: lookupOf(prepared.withKey, variantAt),
    variantsWithWord: lookupOf(prepared.withWord, variantAt),
    knownOthers,
    typoIndexes: [
      lazyTypoIndex(() => compactsOf().map((compact) => compact[0])),
      lazyTypoIndex(() => compactsOf().map((compact) => compact[1])),
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
