import { describe, expect, it } from 'vitest'
import { packedPositions, packTable, positionsReader } from '../../src/query/packed-table'
import { thrownBy } from '../_helpers/thrown-by'

describe('packTable and packedPositions', () => {
  const table = packTable(
    new Map([
      ['juma inad', [0, 3]],
      ['inad', [3]],
      ['constructor', [9]],
      ['عبد العرداوي', [12]],
    ]),
  )

  it('finds the positions of each key', () => {
    expect(packedPositions(table, 'juma inad')).toEqual([0, 3])
    expect(packedPositions(table, 'inad')).toEqual([3])
    expect(packedPositions(table, 'عبد العرداوي')).toEqual([12])
  })

  it('matches whole keys only, never a part of one', () => {
    expect(packedPositions(table, 'juma')).toBeUndefined()
    expect(packedPositions(table, 'nad')).toBeUndefined()
    expect(packedPositions(table, 'juma inad\t0')).toBeUndefined()
    expect(packedPositions(table, '')).toBeUndefined()
  })

  it('knows no prototype keys it was not given', () => {
    expect(packedPositions(table, 'constructor')).toEqual([9])
    expect(packedPositions(table, 'toString')).toBeUndefined()
    expect(packedPositions(table, '__proto__')).toBeUndefined()
  })

  it('refuses keys that hold its separators, which would corrupt the table', () => {
    expect((thrownBy(() => packTable(new Map([['a\tb', [1]]]))) as Error).message).toMatch(
      /separator/,
    )
    expect((thrownBy(() => packTable(new Map([['a\nb', [1]]]))) as Error).message).toMatch(
      /separator/,
    )
  })

  it('keeps a key with no positions as an empty list', () => {
    expect(packedPositions(packTable(new Map([['k', []]])), 'k')).toEqual([])
  })

  it('is empty but searchable with no keys', () => {
    expect(packedPositions(packTable(new Map()), 'anything')).toBeUndefined()
  })

  it('reads positions alike from a packed table and from the map it was packed from', () => {
    const map = new Map([
      ['juma inad', [0, 3]],
      ['constructor', [9]],
    ])
    for (const read of [positionsReader(packTable(map)), positionsReader(map)]) {
      expect(read('juma inad')).toEqual([0, 3])
      expect(read('constructor')).toEqual([9])
      expect(read('juma')).toBeUndefined()
      expect(read('toString')).toBeUndefined()
    }
  })
})
