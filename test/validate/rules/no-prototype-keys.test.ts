import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { RECORD_KINDS } from '../../../src/core/record-kinds'
import { EngagementInputSchema } from '../../../src/core/schema/engagement'
import { FILE_SCHEMAS, RECORD_SCHEMAS } from '../../../src/core/schema/record-schemas'
import { FORBIDDEN_KEYS, noPrototypeKeysRule } from '../../../src/validate/rules/no-prototype-keys'

/** Every object schema inside a JSON Schema, with its path. */
function objectSchemas(node: unknown, path = '#', found: [string, Record<string, unknown>][] = []) {
  if (typeof node !== 'object' || node === null) return found
  const schema = node as Record<string, unknown>
  if (schema.type === 'object') found.push([path, schema])
  for (const [key, value] of Object.entries(schema)) objectSchemas(value, `${path}/${key}`, found)
  return found
}

describe('no-prototype-keys', () => {
  // The rule skips a record its schema accepts; that is sound only while these hold.
  it.each([
    ...RECORD_KINDS.flatMap((kind) => [
      [`${kind} file`, FILE_SCHEMAS[kind]],
      [`${kind} record`, RECORD_SCHEMAS[kind]],
    ]),
    // What createDataset parses an engagement without its derived dates with.
    ['engagement input', EngagementInputSchema],
  ])('the %s schema is strict at every level and has no forbidden field', (_, schema) => {
    const objects = objectSchemas(z.toJSONSchema(schema as z.ZodType, { io: 'input' }))
    expect(objects.length).toBeGreaterThan(0)
    for (const [path, object] of objects) {
      expect({ path, additionalProperties: object.additionalProperties }).toEqual({
        path,
        additionalProperties: false,
      })
      const fields = Object.keys((object.properties ?? {}) as object)
      expect(fields.filter((field) => FORBIDDEN_KEYS.has(field))).toEqual([])
    }
  })

  it('still walks a record that fails its schema, at any depth', () => {
    const value = JSON.parse('{"id": "src_aaaaaa", "notes": {"constructor": {"prototype": 1}}}')
    const files = [{ file: 'src_aaaaaa.json', kind: 'source' as const, value }]
    expect(
      noPrototypeKeysRule.check({ files, today: '2026-11-30' }).map((issue) => issue.path),
    ).toEqual([
      ['notes', 'constructor'],
      ['notes', 'constructor', 'prototype'],
    ])
  })
})
