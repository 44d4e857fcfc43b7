import { describe, expect, it } from 'vitest'
import type { Official } from '../../../src/core/schema/official'
import { preparedNameIndex } from '../../../src/generated/name-index'
import { officials } from '../../../src/index'
import { nameQuery } from '../../../src/query/names/name-forms'
import { buildNameIndex } from '../../../src/query/names/name-index'
import { createOfficialMatcher } from '../../../src/query/names/official-matcher'
import {
  type PreparedNameIndex,
  prepareNameIndex,
} from '../../../src/query/names/prepare-name-index'
import { seededRandom } from '../../_helpers/seeded-random'
import { latinNamesOf, misspell } from './misspellings'

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** What a matcher answers: the official's id, or the name of the error it throws. */
const answer = (resolve: (name: string) => Official, name: string): string => {
  try {
    return resolve(name).id
  } catch (error) {
    return (error as Error).name
  }
}

describe('prepareNameIndex', () => {
  it('is what the build wrote for the shipped officials', () => {
    expect(preparedNameIndex).toEqual(asJson(prepareNameIndex(officials)))
  })

  it('gives the same answers as computing the index at query time, for every name and typos', () => {
    const fromBuild = createOfficialMatcher(officials, preparedNameIndex as PreparedNameIndex)
    const computed = createOfficialMatcher(officials)
    const random = seededRandom(7)
    const names = officials.flatMap((official) => {
      const spellings = latinNamesOf(official)
      return [...spellings, ...spellings.map((name) => misspell(name, random))]
    })
    expect(names.length).toBeGreaterThan(1000)
    for (const name of names) {
      expect(answer(fromBuild.resolve, name), name).toBe(answer(computed.resolve, name))
    }
  })

  it('numbers the variants in order across officials, each in every table it belongs to', () => {
    const prepared = prepareNameIndex(officials)
    const lines = prepared.variants.split('\n')
    const spellings = officials.reduce(
      (sum, official) => sum + 1 + (official.nativeName ? 1 : 0) + official.aliases.length,
      0,
    )
    expect(lines).toHaveLength(spellings)
    const officialPositions = lines.map((line) => Number(line.split('\t')[0]))
    expect(officialPositions).toEqual([...officialPositions].sort((a, b) => a - b))
    const positionsIn = (table: string) =>
      table
        .split('\n')
        .filter(Boolean)
        .flatMap((entry) => (entry.split('\t')[1] as string).split(',').map(Number))
    const everyPosition = Array.from({ length: lines.length }, (_, position) => position)
    expect(positionsIn(prepared.byExactName).sort((a, b) => a - b)).toEqual(everyPosition)
    expect(positionsIn(prepared.byKeys).sort((a, b) => a - b)).toEqual(everyPosition)
  })

  it('decodes each variant to the forms of its name, in order', () => {
    const variants = buildNameIndex(officials).allVariants()
    const spellings = officials.flatMap((official) =>
      [official.name, official.nativeName?.name, ...official.aliases.map(({ name }) => name)]
        .filter((name): name is string => Boolean(name))
        .map((name) => ({ official, query: nameQuery(name) })),
    )
    expect(variants).toHaveLength(spellings.length)
    spellings.forEach(({ official, query }, position) => {
      const variant = variants[position]
      expect(variant?.official).toBe(official)
      expect(variant?.exact).toBe(query.exact)
      expect(variant?.keys).toEqual(query.keys)
      expect(variant?.words).toEqual(query.exact.split(' ').filter(Boolean))
      expect(variant?.compact, query.input).toEqual(query.compact)
    })
    expect(variants.some((variant) => variant.compact[0] !== variant.compact[1])).toBe(true)
  })

  it('keeps names that are also Object.prototype keys out of the prototype', () => {
    const odd: Official = {
      id: 'off_odd001',
      name: 'Constructor Proto',
      aliases: [{ name: 'constructor', kind: 'misspelling' }],
      country: 'IQ',
      positions: [{ title: 'Minister of Defence' }],
      sources: ['src_000000'],
    } as unknown as Official
    const index = buildNameIndex([odd])
    expect(index.byExactName.get('constructor')?.map((variant) => variant.official.id)).toEqual([
      'off_odd001',
    ])
    expect(index.byExactName.has('toString')).toBe(false)
    expect(index.byExactName.get('__proto__')).toBeUndefined()
    expect(buildNameIndex(officials).byExactName.has('constructor')).toBe(false)
  })

  it('leaves out people known not to be an official when an official bears their name', () => {
    const prepared = prepareNameIndex(officials)
    for (const [, , keys] of prepared.knownOthers) {
      expect(prepared.byKeys.includes(`\n${keys}\t`), keys).toBe(false)
    }
    expect(prepared.knownOthers.length).toBeGreaterThan(0)
  })
})
