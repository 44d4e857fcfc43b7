import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { jsonStringLiteral } from '../../src/pipeline/json-string-literal'

const evaluate = (literal: string): unknown => JSON.parse(Function(`return ${literal}`)() as string)

const awkward = {
  quotes: `single ' double " back \` dollar \${x}`,
  slashes: 'a\\b \\u0041 \\n',
  scripts: ['نوري المالكي', 'Сергей Шойгу', '이재명', 'Søreide', 'Nečas'],
  separators: 'line\u2028paragraph\u2029',
  controls: 'tab\tnew\nnull\u0000del\u007f',
  astral: 'flag 🇮🇶 math 𝔸',
  lone: '\ud800 alone',
  numbers: [0, -1.5, 1e21],
  nested: { empty: {}, list: [], missing: null, yes: true },
}

describe('jsonStringLiteral', () => {
  it('evaluates to JSON that parses back to the same value', () => {
    expect(evaluate(jsonStringLiteral(awkward))).toEqual(awkward)
  })

  it('writes a single-quoted literal of printable ASCII with no quote inside', () => {
    const literal = jsonStringLiteral(awkward)
    expect(literal).toMatch(/^'[\x20-\x7e]*'$/)
    expect(literal.slice(1, -1)).not.toContain("'")
  })

  it('keeps its single quotes through esbuild, which chooses quotes by need', () => {
    const { code } = transformSync(`export const data = JSON.parse(${jsonStringLiteral(awkward)})`)
    expect(code).toContain("JSON.parse('")
    expect(/[^\t\n\x20-\x7e]/.test(code)).toBe(false)
  })

  it('gives JSON of plain values unchanged apart from the escapes', () => {
    expect(jsonStringLiteral({ id: 'eng_000000', n: 1 })).toBe(`'{"id":"eng_000000","n":1}'`)
    expect(jsonStringLiteral("it's")).toBe(`'"it\\\\u0027s"'`)
  })
})
