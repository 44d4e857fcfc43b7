import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { officialEntriesOnceRule } from '../../../src/validate/rules/official-entries-once'
import { validDataset, withChange } from '../fixture-dataset'

const TODAY = '2026-11-30'
const check = (files: RecordFile[]) => officialEntriesOnceRule.check({ files, today: TODAY })
const IRAQI = 'data/officials/off_iraq01.json'
const alias = (name: string) => ({ name, kind: 'variant' })

describe('official-entries-once', () => {
  it('accepts distinct aliases and positions', () => {
    expect(check(validDataset())).toEqual([])
    const files = withChange(IRAQI, {
      aliases: [alias('Jumaa Enad'), alias('جمعة عناد')],
      positions: [
        { title: 'Minister of Defence', from: '2020-05', to: '2022-10' },
        { title: 'Minister of Defence', from: '2024' },
      ],
    })
    expect(check(files)).toEqual([])
  })

  it('reports an alias that repeats the canonical name, the native name or an alias', () => {
    const files = withChange(IRAQI, {
      nativeName: { name: 'جمعة عناد سعدون', lang: 'ar' },
      aliases: [
        alias('Juma Inad Saadoun'),
        alias('جمعة عناد سعدون'),
        alias('Jumaa Enad'),
        alias('Jumaa Enad'),
      ],
    })
    expect(check(files).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: ['aliases', 0, 'name'],
        message: '"Juma Inad Saadoun" is already the canonical name',
      },
      { path: ['aliases', 1, 'name'], message: '"جمعة عناد سعدون" is already the native name' },
      { path: ['aliases', 3, 'name'], message: '"Jumaa Enad" is already listed as aliases[2]' },
    ])
  })

  it('compares spellings after Unicode normalization', () => {
    // "é" as one code point, then as "e" and a combining accent.
    const files = withChange(IRAQI, { aliases: [alias('Andr\u00e9'), alias('Andre\u0301')] })
    expect(check(files)).toHaveLength(1)
  })

  it('reports a position listed twice, whatever the order of its fields', () => {
    const files = withChange(IRAQI, {
      positions: [
        { title: 'Minister of Interior', note: 'As of 2021.' },
        { note: 'As of 2021.', title: 'Minister of Interior' },
      ],
    })
    expect(check(files)).toMatchObject([
      {
        rule: 'official-entries-once',
        file: IRAQI,
        path: ['positions', 1],
        message: 'the same position as positions[0]',
      },
    ])
  })
})
