import type { Official } from '../../core/schema/official'
import { type PackedTable, packTable } from '../packed-table'
import { nameFormsOf, nameQuery, wordsOf } from './name-forms'

/**
 * Everything the name index holds that does not depend on a query, as strings that
 * JSON carries and a first query reads in place:
 *
 * - `variants`: a line per spelling of an official (its variants, numbered from 0 in
 *   order across officials): the official's position and the spelling's `NameForms`,
 *   separated by tabs; the compact form is left empty when it is the exact form
 *   without spaces, as it is for most names;
 * - the variant positions by exact name, by transliteration keys, by each key and by
 *   each word, as packed tables (`packed-table.ts`);
 * - the people known not to be an official (from `distinctFrom`) whose keys no
 *   variant shares.
 *
 * The build writes it for the shipped officials; `createDataset` prepares its own.
 */
export interface PreparedNameIndex {
  readonly variants: string
  readonly byExactName: PackedTable
  readonly byKeys: PackedTable
  readonly withKey: PackedTable
  readonly withWord: PackedTable
  /** Official position, `distinctFrom` position, keys joined by spaces, the two compact forms. */
  readonly knownOthers: readonly (readonly [number, number, string, string, string])[]
}

const add = (positions: Map<string, number[]>, key: string, position: number) => {
  const list = positions.get(key)
  if (list) list.push(position)
  else positions.set(key, [position])
}

/**
 * Prepares the name index of `officials`.
 *
 * @example
 * const prepared = prepareNameIndex(officials)
 * prepared.variants.split('\n')[0] //=> '0\taasim zaheer\tasam zahar\t'
 * prepared.byExactName.includes('\njuma inad saadoun\t') //=> true
 */
export function prepareNameIndex(officials: readonly Official[]): PreparedNameIndex {
  const lines: string[] = []
  const byExactName = new Map<string, number[]>()
  const byKeys = new Map<string, number[]>()
  const withKey = new Map<string, number[]>()
  const withWord = new Map<string, number[]>()
  officials.forEach((official, officialPosition) => {
    for (const [exact, keys, compact] of nameFormsOf(official)) {
      const position = lines.length
      const implied = compact === exact.replaceAll(' ', '')
      lines.push([officialPosition, exact, keys, implied ? '' : compact].join('\t'))
      add(byExactName, exact, position)
      add(byKeys, keys, position)
      for (const key of new Set(wordsOf(keys))) add(withKey, key, position)
      for (const word of new Set(wordsOf(exact))) add(withWord, word, position)
    }
  })
  // People known NOT to be an official. One who is in the dataset too (Nouri al-Maliki,
  // listed as distinct from Samir Al-Maliki) is found by name like anyone else.
  const knownOthers = officials.flatMap((official, officialPosition) =>
    (official.distinctFrom ?? []).flatMap((person, personPosition) =>
      [person.name, person.nativeName]
        .filter((name): name is string => Boolean(name))
        .map(nameQuery)
        .filter(({ keys }) => !byKeys.has(keys.join(' ')))
        .map(
          ({ keys, compact }) =>
            [officialPosition, personPosition, keys.join(' '), compact[0], compact[1]] as const,
        ),
    ),
  )
  return {
    variants: lines.join('\n'),
    byExactName: packTable(byExactName),
    byKeys: packTable(byKeys),
    withKey: packTable(withKey),
    withWord: packTable(withWord),
    knownOthers,
  }
}
