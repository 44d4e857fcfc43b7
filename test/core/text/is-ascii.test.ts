import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nameTokens } from '../../../src/core/names/normalize-name'
import { isAscii } from '../../../src/core/text/is-ascii'
import { foldCase, lettersOnly, lookupKey } from '../../../src/core/text/lookup-key'

// The Unicode forms the ASCII shortcuts stand in for.
const unicodeFold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
const asciiText = fc.string({
  unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
})

describe('isAscii', () => {
  it('tells ASCII from anything beyond it', () => {
    expect(isAscii('')).toBe(true)
    expect(isAscii('Jumah Enad, F-16 \u007f')).toBe(true)
    expect(isAscii('Türkiye')).toBe(false)
    expect(isAscii('نوري')).toBe(false)
    expect(isAscii('\u0080')).toBe(false)
  })

  it('lets the ASCII shortcuts give what the Unicode forms give', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(foldCase(text)).toBe(unicodeFold(text))
        expect(lettersOnly(text)).toBe(unicodeFold(text).replace(/[^\p{L}\p{N}]+/gu, ''))
        expect(lookupKey(text)).toBe(
          unicodeFold(text)
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim()
            .replace(/^the /, ''),
        )
        // A leading em dash is a separator outside ASCII: it sends a name down the Unicode path.
        expect(nameTokens(text)).toEqual(nameTokens(`\u2014${text}`))
      }),
      { numRuns: 2000 },
    )
  })
})
