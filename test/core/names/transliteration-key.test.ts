import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { transliterationKey } from '../../../src/core/names/transliteration-key'
import { engagements, officials } from '../../../src/index'

/** The patterns the loops replaced, kept as the reference they must agree with. */
const byPatterns = (word: string) =>
  word
    .toLowerCase()
    .replace(/(?<=[aeiouy])h$/, '')
    .replace(/kh/g, 'h')
    .replace(/gh|q|c(?!h)/g, 'k')
    .replace(/[aeiou]+/g, 'a')
    .replace(/(.)\1+/g, '$1')

describe('transliterationKey', () => {
  it.each([
    ['Enaad', 'Inad'],
    ['Baqeri', 'Bagheri'],
    ['Jumah', 'Juma'],
    ['Abbasi', 'Abbassi'],
    ['Khalid', 'Halid'],
    ['Saadoun', 'Sadun'],
  ])('folds %s and %s to one key', (one, other) => {
    expect(transliterationKey(one)).toBe(transliterationKey(other))
  })

  it.each([
    ['Mahmoud', 'Mohammed'],
    ['Abbas', 'Abbasi'],
    ['Chalabi', 'Kalabi'],
  ])('keeps %s and %s apart', (one, other) => {
    expect(transliterationKey(one)).not.toBe(transliterationKey(other))
  })

  it.each([
    ['Jumah', 'jama'],
    ['Abdullah', 'abdala'],
    ['Yah', 'ya'],
    ['h', 'h'],
    ['Sheikh', 'shah'],
    ['Chalabi', 'chalaba'],
    ['cgh', 'k'],
    ['ckh', 'ch'],
    ['Qaqqa', 'kaka'],
    ['a\n\nb', 'a\n\nb'],
    ['', ''],
  ])('%j gives %j', (word, key) => {
    expect(transliterationKey(word)).toBe(key)
    expect(byPatterns(word)).toBe(key)
  })

  it('agrees with the patterns on every word of every shipped name and title', () => {
    const words = new Set<string>()
    for (const official of officials) {
      for (const name of [
        official.name,
        official.nativeName?.name,
        ...official.aliases.map((alias) => alias.name),
      ]) {
        for (const word of (name ?? '').split(/\s+/)) words.add(word)
      }
    }
    for (const engagement of engagements)
      for (const word of engagement.title.split(/\s+/)) words.add(word)
    expect(words.size).toBeGreaterThan(1000)
    for (const word of words) expect(transliterationKey(word), word).toBe(byPatterns(word))
  })

  it('agrees with the patterns on random words', () => {
    const letters = 'aeiouyhkgqcAEIOUYHKGQC bdn\n\r\u2028İß’ع\u{1d49c}'.split('')
    const word = fc
      .array(fc.constantFrom(...letters, '\u{1d49c}'), { maxLength: 14 })
      .map((units) => units.join(''))
    fc.assert(
      fc.property(word, (text) => transliterationKey(text) === byPatterns(text)),
      { numRuns: 20_000 },
    )
  })
})
