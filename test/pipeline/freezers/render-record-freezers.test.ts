import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RECORD_KINDS } from '../../../src/core/record-kinds'
import { RECORD_SCHEMAS } from '../../../src/core/schema/record-schemas'
import { freezePlanOfSchema } from '../../../src/pipeline/freezers/freeze-plan-of-schema'
import {
  freezerNameOf,
  RECORD_FREEZERS_PATH,
  renderRecordFreezers,
} from '../../../src/pipeline/freezers/render-record-freezers'

describe('renderRecordFreezers', () => {
  const text = renderRecordFreezers()

  it('writes what is committed (npm run generate rewrites it)', () => {
    expect(readFileSync(RECORD_FREEZERS_PATH, 'utf8')).toBe(text)
  })

  it.each(RECORD_KINDS)('writes a freezer for %s records that reads each planned field', (kind) => {
    const body = text.split(`export function ${freezerNameOf(kind)}<T>`)[1]?.split('\n}\n')[0]
    expect(body).toBeDefined()
    const fieldsOf = (plan: ReturnType<typeof freezePlanOfSchema>): string[] =>
      plan.fields.flatMap(([field, inner]) => [
        field,
        ...fieldsOf(inner),
        ...(inner.items ? fieldsOf(inner.items) : []),
      ])
    for (const field of fieldsOf(freezePlanOfSchema(RECORD_SCHEMAS[kind]))) {
      expect(body).toMatch(new RegExp(`Object\\.hasOwn\\(\\w+, "${field}"\\)`))
    }
  })
})
