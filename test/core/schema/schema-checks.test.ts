import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { EngagementInputSchema, EngagementSchema } from '../../../src/core/schema/engagement'
import { OfficialSchema } from '../../../src/core/schema/official'
import { HttpUrlSchema, TextSchema } from '../../../src/core/schema/primitives'
import { checkTableOf, passesCheck, schemaChecksOf } from '../../../src/core/schema/schema-checks'
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
    const [trimmed] = checkTableOf([TextSchema], ['custom'])
    expect(trimmed?.('Baghdad')).toBe(true)
    expect(trimmed?.('Baghdad ')).toBe(false)
  })

  it('throws when the schemas changed since the parsers were generated', () => {
    expect(() => checkTableOf([SourceSchema], ['custom', 'custom'])).toThrow(
      'the record parsers were generated for the checks [custom, custom], but the schemas have [custom, format:url, custom]; run "npm run generate"',
    )
  })
})
