import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiWords } from '../../../src/core/text/ascii-words'

const lowerAscii = fc.string({
  unit: fc.constantFrom(...'abcxyz0189 -_.,\'`"/\t\n'.split('')),
  maxLength: 40,
})

describe('asciiWords', () => {
  it('splits as /[^a-z0-9]+/ does, ignoring empty words', () => {
    fc.assert(
      fc.property(lowerAscii, (text) => {
        expect(asciiWords(text)).toEqual(text.split(/[^a-z0-9]+/).filter(Boolean))
      }),
      { numRuns: 3000 },
    )
  })

  it('removes dropped characters before splitting, so they join a word', () => {
    fc.assert(
      fc.property(lowerAscii, (text) => {
        expect(asciiWords(text, "'`")).toEqual(
          text
            .replace(/['`]/g, '')
            .split(/[^a-z0-9]+/)
            .filter(Boolean),
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('treats upper case as a separator: callers fold case first', () => {
    expect(asciiWords('abcDef')).toEqual(['abc', 'ef'])
  })
})
