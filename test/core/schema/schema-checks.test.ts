import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { EngagementInputSchema, EngagementSchema } from '../../../src/core/schema/engagement'
import { OfficialSchema } from '../../../src/core/schema/official'
import { HttpUrlSchema, TextSchema } from '../../../src/core/schema/primitives'
import {
  checkLabel,
  checkTableOf,
  passesCheck,
  schemaChecksOf,
} from '../../../src/core/schema/schema-checks'
import { SourceSchema } from '../../../src/core/schema/source'

describe('schemaChecksOf', () => {
  it('lists each check once, however many fields share it', () => {
    const kinds = schemaChecksOf([
      EngagementInputSchema,
      EngagementSchema,
      OfficialSchema,
      SourceSchema,
    ]).map((entry) => entry.kind)
    expect(kinds.filter((kind) => kind.startsWith('format:')).sort()).toEqual([
      'format:date',
      'format:url',
    ])
    // The trimmed-text refine of TextSchema is one check, found once.
    expect(schemaChecksOf([z.strictObject({ a: TextSchema, b: TextSchema })])).toHaveLength(1)
  })

  it('skips what code can repeat: lengths, patterns, enums', () => {
    expect(
      schemaChecksOf([z.strictObject({ a: z.string().min(1).regex(/a/), b: z.enum(['x']) })]),
    ).toEqual([])
  })
})

describe('passesCheck', () => {
  const [url] = schemaChecksOf([HttpUrlSchema])

  it('runs the check as zod does', () => {
    expect(passesCheck(url!.check, 'https://example.org/a')).toBe(true)
    expect(passesCheck(url!.check, 'ftp://example.org/a')).toBe(false)
  })

  it('fails a value the check rewrites, as zod would return another value', () => {
    expect(HttpUrlSchema.parse(' https://example.org/a')).toBe('https://example.org/a')
    expect(passesCheck(url!.check, ' https://example.org/a')).toBe(false)
  })

  it('fails an asynchronous check', () => {
    const [check] = schemaChecksOf([z.string().refine(async () => true)])
    expect(passesCheck(check!.check, 'a')).toBe(false)
  })
})

describe('checkTableOf', () => {
  it('gives the checks as functions when they are the expected kinds', () => {
    const [trimmed] = checkTableOf([TextSchema], ['custom at schemas[0]'])
    expect(trimmed?.('Baghdad')).toBe(true)
    expect(trimmed?.('Baghdad ')).toBe(false)
  })

  it('throws when the schemas changed since the parsers were generated', () => {
    expect(() => checkTableOf([SourceSchema], ['custom at schemas[0].publisher'])).toThrow(
      'the record parsers were generated for the checks [custom at schemas[0].publisher], but the schemas have [custom at schemas[0].publisher, format:url at schemas[0].url, custom at schemas[0].published]; run "npm run generate"',
    )
  })

  it('throws when a check moved, even to a place of the same kind', () => {
    const before = z.strictObject({ a: z.string().refine(Boolean), b: z.string() })
    const after = z.strictObject({ a: z.string(), b: z.string().refine(Boolean) })
    const labels = schemaChecksOf([before]).map(checkLabel)
    expect(() => checkTableOf([before], labels)).not.toThrow()
    expect(() => checkTableOf([after], labels)).toThrow('run "npm run generate"')
  })
})
