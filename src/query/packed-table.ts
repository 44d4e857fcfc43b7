/**
 * A lookup table from keys (name forms, country codes, official ids) to lists of
 * positions, written as one string: a line per key, the key, a tab and the positions
 * separated by commas. A lookup is one `indexOf`, so a first query reads the table in
 * place instead of parsing thousands of keys into a map; and a key can never reach
 * `Object.prototype`.
 */
export type PackedTable = string

/** Positions by key as a map: what a table computed at run time stays. */
export type PositionsByKey = ReadonlyMap<string, readonly number[]>

const ENTRY = '\n'
const POSITIONS = '\t'

/**
 * Writes a packed table. Keys are name forms (letters, digits and spaces), codes or
 * ids, so they never hold the separators; a key that does is a bug and throws.
 *
 * @example
 * packTable(new Map([['juma inad', [0, 3]], ['abbasi', [7]]]))
 * //=> '\njuma inad\t0,3\nabbasi\t7\n'
 */
export function packTable(positions: ReadonlyMap<string, readonly number[]>): PackedTable {
  let table = ENTRY
  for (const [key, list] of positions) {
    if (key.includes(ENTRY) || key.includes(POSITIONS)) {
      throw new Error(`packTable: the key ${JSON.stringify(key)} holds a separator`)
    }
    table += `${key}${POSITIONS}${list.join(',')}${ENTRY}`
  }
  return table
}

/**
 * The positions a packed table holds for a key, or `undefined` when it has none.
 *
 * @example
 * packedPositions('\njuma inad\t0,3\nabbasi\t7\n', 'juma inad') //=> [0, 3]
 * packedPositions('\njuma inad\t0,3\nabbasi\t7\n', 'juma') //=> undefined
 */
export function packedPositions(table: PackedTable, key: string): number[] | undefined {
  if (key.includes(ENTRY) || key.includes(POSITIONS)) return undefined
  const found = table.indexOf(`${ENTRY}${key}${POSITIONS}`)
  if (found === -1) return undefined
  const start = found + key.length + 2
  const positions = table.slice(start, table.indexOf(ENTRY, start))
  return positions === '' ? [] : positions.split(',').map(Number)
}

/**
 * Reads positions by key from either form of table: a packed table the build wrote,
 * read in place so a first query fills no map, or a map computed at run time, whose
 * lookups do not grow with the number of keys.
 *
 * @example
 * positionsReader('\njuma inad\t0,3\n')('juma inad') //=> [0, 3]
 * positionsReader(new Map([['juma inad', [0, 3]]]))('juma inad') //=> [0, 3]
 */
export function positionsReader(
  table: PackedTable | PositionsByKey,
): (key: string) => readonly number[] | undefined {
  return typeof table === 'string' ? (key) => packedPositions(table, key) : (key) => table.get(key)
}
