import type { Official } from '../../core/schema/official'
import type { PackedTable, PositionsByKey } from '../packed-table'
import { nameFormsOf, nameQuery, wordsOf } from './name-forms'

/**
 * Everything the name index holds that does not depend on a query:
 *
 * - `variants`: a line per spelling of an official (its variants, numbered from 0 in
 *   order across officials): the official's position and the spelling's `NameForms`,
 *   separated by tabs; the compact form is left empty when it is the exact form
 *   without spaces, as it is for most names;
 * - the variant positions by exact name, by transliteration keys, by each key and by
 *   each word: maps when computed at run time, packed tables (`packed-table.ts`) when
 *   the build wrote them (`prepareNameIndex`);
 * - the people known not to be an official (from `distinctFrom`) whose keys no
 *   variant shares.
 */
export interface NameTables<Table extends PackedTable | PositionsByKey = PositionsByKey> {
  readonly variants: string
  readonly byExactName: Table
  readonly byKeys: Table
  readonly withKey: Table
  readonly withWord: Table
  /** Official position, `distinctFrom` position, keys joined by spaces, the two compact forms. */
  readonly knownOthers: readonly (readonly [number, number, string, string, string])[]
}

const add = (positions: Map<string, number[]>, key: string, position: number) => {
  const list = positions.get(key)
  if (list) list.push(position)
  else positions.set(key, [position])
}

/**
 * Computes the name tables of `officials`, as maps: what `createDataset` uses for
 * records the build did not see.
 *
 * @example
 * const tables = nameTablesOf(officials)
 * tables.variants.split('\n')[0] //=> '0\taasim zaheer\tasam zahar\t'
 * tables.byExactName.has('juma inad saadoun') //=> true
 */
export function nameTablesOf(officials: readonly Official[]): NameTables {
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
  return { variants: lines.join('\n'), byExactName, byKeys, withKey, withWord, knownOthers }
}
