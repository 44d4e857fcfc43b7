import { describe, expect, it } from 'vitest'
import { engagements, InvalidOptionError, search } from '../../src/index'

describe('search', () => {
  const text = (engagement: (typeof engagements)[number]) =>
    [engagement.title, engagement.summary, engagement.notes ?? '', ...engagement.systems]
      .join(' ')
      .toLowerCase()

  it('finds every engagement a linear scan finds for a word, best matches first', () => {
    for (const word of ['Caracal', 'Abrams', 'Pantsir', 'Zaytun']) {
      const found = search(word)
      const scanned = engagements.filter((engagement) =>
        text(engagement).includes(word.toLowerCase()),
      )
      expect(found.length, word).toBeGreaterThan(0)
      for (const engagement of scanned)
        expect(found, `${word} ${engagement.id}`).toContain(engagement)
    }
    const [best] = search('Caracal')
    expect(`${best?.title} ${best?.systems.join(' ')}`).toMatch(/Caracal/)
  })

  it('ignores case, diacritics and transliteration noise, and needs every word', () => {
    expect(search('CARACAL')).toEqual(search('caracal'))
    expect(search('Enad Pakistan')).toEqual(search('Inad Pakistan'))
    expect(
      search('Caracal Pakistan').every((engagement) => search('Caracal').includes(engagement)),
    ).toBe(true)
    expect(search('')).toEqual([])
    expect(Object.isFrozen(search('NATO'))).toBe(true)
  })

  it('refuses what is not a reasonable text', () => {
    expect(() => search(1n as never)).toThrow(InvalidOptionError)
    expect(() => search('x'.repeat(1_000_000))).toThrow(InvalidOptionError)
  })
})
