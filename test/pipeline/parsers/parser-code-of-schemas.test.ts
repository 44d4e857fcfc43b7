import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { SourceSchema } from '../../../src/core/schema/source'
import { parserCodeOfSchemas } from '../../../src/pipeline/parsers/parser-code-of-schemas'

const codeOf = (schema: z.ZodType) => parserCodeOfSchemas([{ schema, path: 'Test' }])

describe('parserCodeOfSchemas', () => {
  it('writes one function per object or array, rooted at the record', () => {
    const code = codeOf(z.strictObject({ tags: z.array(z.strictObject({ name: z.string() })) }))
    expect(code.functions).toHaveLength(3)
    expect(code.roots).toEqual(['parse0'])
    expect(code.checkLabels).toEqual([])
  })

  it('numbers the checks it calls in the order of the shared walk', () => {
    expect(codeOf(SourceSchema).checkLabels).toEqual([
      'custom at schemas[0].publisher',
      'format:url at schemas[0].url',
      'custom at schemas[0].published',
    ])
  })

  it('writes lengths, patterns, enums and defaults out from the definitions', () => {
    const code = codeOf(
      z.strictObject({
        id: z.string().regex(/^x_[a-z]{2}$/),
        name: z.string().min(2).max(9),
        kind: z.enum(['a', 'b']),
        tags: z.array(z.string()).default(['none']),
      }),
    )
    const text = [...code.constants, ...code.functions].join('\n')
    expect(text).toContain('/^x_[a-z]{2}$/')
    expect(text).toContain('field.length >= 2 && field.length <= 9')
    expect(text).toContain('new Set(["a","b"])')
    expect(text).toContain('copy["tags"] = ["none"]')
  })

  it.each([
    ['a number', z.strictObject({ count: z.number() }), '"number" schema'],
    ['a union', z.strictObject({ value: z.union([z.string(), z.null()]) }), '"union" schema'],
    ['a transform', z.strictObject({ value: z.string().transform((text) => text) }), '"pipe"'],
    ['an overwrite', z.strictObject({ value: z.string().trim() }), '"overwrite" check'],
    ['a global regex', z.strictObject({ value: z.string().regex(/a/g) }), '"regex" string'],
    ['an email', z.strictObject({ value: z.string().email() }), '"email" string check'],
    ['an optional item', z.strictObject({ list: z.array(z.string().optional()) }), '"optional"'],
    ['a nested optional', z.strictObject({ value: z.string().optional().nullable() }), 'inside'],
    [
      'a refined optional',
      z.strictObject({ value: z.string().optional().refine(Boolean) }),
      'check on "optional"',
    ],
  ])('throws on %s rather than guess', (_name, schema, message) => {
    expect(() => codeOf(schema)).toThrow(message)
  })

  it('throws on a default that is not JSON data, or not the same each time', () => {
    expect(() =>
      codeOf(z.strictObject({ at: z.string().default(() => undefined as never) })),
    ).toThrow('a default that is not JSON data')
    let calls = 0
    const changing = z.strictObject({ at: z.string().default(() => `call ${calls++}`) })
    expect(() => codeOf(changing)).toThrow('a default that changes')
  })
})
