import { describe, expect, it } from 'vitest'
import { officials } from '../../../src/index'
import { nameTablesOf } from '../../../src/query/names/name-tables'
import { prepareNameIndex } from '../../../src/query/names/prepare-name-index'
import { packedPositions } from '../../../src/query/packed-table'

describe('nameTablesOf', () => {
  const tables = nameTablesOf(officials)
  const prepared = prepareNameIndex(officials)

  it.each(['byExactName', 'byKeys', 'withKey', 'withWord'] as const)(
    'computes %s as a map that holds what the packed table holds',
    (name) => {
      const map = tables[name]
      expect(map).toBeInstanceOf(Map)
      expect(map.size).toBeGreaterThan(officials.length)
      for (const [key, positions] of map) {
        expect(packedPositions(prepared[name], key), key).toEqual(positions)
      }
      const packedKeys = prepared[name].split('\n').filter(Boolean).length
      expect(packedKeys).toBe(map.size)
    },
  )

  it('shares the variants and the known others with the packed index', () => {
    expect(tables.variants).toBe(prepared.variants)
    expect(tables.knownOthers).toEqual(prepared.knownOthers)
  })
})
