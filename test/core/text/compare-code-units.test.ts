import { describe, expect, it } from 'vitest'
import { compareCodeUnits } from '../../../src/core/text/compare-code-units'

describe('compareCodeUnits', () => {
  it('orders by code unit, not by any locale: digits, then capitals, then small letters', () => {
    expect(['b', 'B', 'a', '1', 'é', 'A'].sort(compareCodeUnits)).toEqual([
      '1',
      'A',
      'B',
      'a',
      'b',
      'é',
    ])
  })

  it('orders ISO dates and ids as their meaning does', () => {
    expect(['2020-11-14', '2020-02-01', '2019-12-31'].sort(compareCodeUnits)).toEqual([
      '2019-12-31',
      '2020-02-01',
      '2020-11-14',
    ])
    expect(compareCodeUnits('eng_a0', 'eng_a1')).toBe(-1)
  })

  it('is zero for equal strings and antisymmetric otherwise', () => {
    expect(compareCodeUnits('src_x', 'src_x')).toBe(0)
    expect(compareCodeUnits('a', 'b')).toBe(-compareCodeUnits('b', 'a'))
  })
})
