import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { asciiLiteral } from '../../src/pipeline/ascii-literal'

const awkward = [
  `single ' double " back \` dollar \${x}`,
  'a\\b \\u0041 \\n',
  'نوري المالكي Сергей Шойгу 이재명 Søreide Nečas',
  'line\u2028paragraph\u2029',
  'tab\tnew\nnull\u0000del\u007f',
  'flag 🇮🇶 math 𝔸',
  '\ud800 alone',
  '',
]

describe('asciiLiteral', () => {
  it('writes lists and objects too', () => {
    const value = { names: awkward, n: [0, -1.5], none: null }
    expect(Function(`return ${asciiLiteral(value)}`)()).toEqual(value)
    expect(asciiLiteral(value)).toMatch(/^[\x20-\x7e]*$/)
  })

  it('evaluates to the same text, whatever it holds', () => {
    for (const text of awkward) expect(Function(`return ${asciiLiteral(text)}`)()).toBe(text)
  })

  it('is printable ASCII', () => {
    for (const text of awkward) expect(asciiLiteral(text)).toMatch(/^"[\x20-\x7e]*"$/)
  })

  it('stays ASCII and equal through esbuild', () => {
    const source = `export const texts = [${awkward.map(asciiLiteral).join(', ')}]`
    const { code } = transformSync(source, { format: 'cjs' })
    expect(/[^\t\n\x20-\x7e]/.test(code)).toBe(false)
    const module = { exports: {} as { texts?: string[] } }
    Function('module', 'exports', code)(module, module.exports)
    expect(module.exports.texts).toEqual(awkward)
  })
})
