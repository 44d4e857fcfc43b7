import type { Official } from '../../core/schema/official'
import { type NameForms, nameFormsOf, nameQuery, wordsOf } from './name-forms'

/** Variant positions by one form of their name, as a plain object so that JSON carries it. */
export type PositionsByName = Readonly<Record<string, readonly number[]>>

/**
 * Everything the name index holds that does not depend on a query, as plain JSON: the
 * name forms of each official (its variants, numbered in order across officials), the
 * variant positions by exact name, by transliteration keys, by each key and by each
 * word, and the people known not to be an official (from `distinctFrom`) whose keys
 * no variant shares. The build writes it for the shipped officials, so that the first
 * name query reads it instead of computing it; `createDataset` prepares its own.
 */
export interface PreparedNameIndex {
  readonly forms: readonly (readonly NameForms[])[]
  readonly byExactName: PositionsByName
  readonly byKeys: PositionsByName
  readonly withKey: PositionsByName
  readonly withWord: PositionsByName
  /** Official position, `distinctFrom` position, keys joined by spaces, the two compact forms. */
  readonly knownOthers: readonly (readonly [number, number, string, string, string])[]
}

// Null-prototype tables: a name can never reach Object.prototype ("constructor").
const table = (): Record<string, number[]> => Object.create(null) as Record<string, number[]>
const add = (positions: Record<string, number[]>, key: string, position: number) => {
  const list = positions[key]
  if (list) list.push(position)
  else positions[key] = [position]
}

/**
 * Prepares the name index of `officials`.
 *
 * @example
 * const prepared = prepareNameIndex(officials)
 * prepared.forms.length === officials.length //=> true
 * prepared.byExactName['juma inad saadoun'] !== undefined //=> true
 */
export function prepareNameIndex(officials: readonly Official[]): PreparedNameIndex {
  const forms = officials.map(nameFormsOf)
  const byExactName = table()
  const byKeys = table()
  const withKey = table()
  const withWord = table()
  let position = 0
  for (const names of forms) {
    for (const [exact, keys, words] of names) {
      add(byExactName, exact, position)
      add(byKeys, keys, position)
      for (const key of new Set(wordsOf(keys))) add(withKey, key, position)
      for (const word of new Set(wordsOf(words))) add(withWord, word, position)
      position++
    }
  }
  // People known NOT to be an official. One who is in the dataset too (Nouri al-Maliki,
  // listed as distinct from Samir Al-Maliki) is found by name like anyone else.
  const knownOthers = officials.flatMap((official, officialPosition) =>
    (official.distinctFrom ?? []).flatMap((person, personPosition) =>
      [person.name, person.nativeName]
        .filter((name): name is string => Boolean(name))
        .map(nameQuery)
        .filter(({ keys }) => !Object.hasOwn(byKeys, keys.join(' ')))
        .map(
          ({ keys, compact }) =>
            [officialPosition, personPosition, keys.join(' '), compact[0], compact[1]] as const,
        ),
    ),
  )
  return { forms, byExactName, byKeys, withKey, withWord, knownOthers }
}
