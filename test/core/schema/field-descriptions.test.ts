import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { FIELD_DESCRIPTIONS } from '../../../src/core/schema/field-descriptions'
import { FILE_SCHEMAS, RECORD_SCHEMAS } from '../../../src/core/schema/record-schemas'

interface JsonSchemaNode {
  readonly description?: string
  readonly properties?: Record<string, JsonSchemaNode>
  readonly items?: JsonSchemaNode
  readonly anyOf?: readonly JsonSchemaNode[]
}

/** Every property of every object in a JSON Schema, with its path and description. */
function propertiesOf(node: JsonSchemaNode, path = ''): { path: string; description?: string }[] {
  const nested = [
    ...(node.items ? propertiesOf(node.items, `${path}[]`) : []),
    ...(node.anyOf ?? []).flatMap((branch) => propertiesOf(branch, path)),
  ]
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    { path: `${path}.${key}`, description: child.description ?? child.anyOf?.[0]?.description },
    ...propertiesOf(child, `${path}.${key}`),
  ])
  return [...own, ...nested]
}

const rendered = [
  ...Object.values(RECORD_SCHEMAS).map((schema) =>
    z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }),
  ),
  ...Object.values(FILE_SCHEMAS).map((schema) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  ),
] as JsonSchemaNode[]
const properties = rendered
  .flatMap((schema) => propertiesOf(schema))
  .filter(({ path }) => path !== '.$schema')
const known = new Set<string>(
  Object.values(FIELD_DESCRIPTIONS).flatMap((fields) => Object.values(fields)),
)

describe('FIELD_DESCRIPTIONS', () => {
  it('describes every field of every record kind, nested ones included', () => {
    expect(properties.filter(({ description }) => description === undefined)).toEqual([])
  })

  it('is where every field description of the schemas comes from', () => {
    expect(properties.filter(({ description }) => !known.has(description as string))).toEqual([])
  })

  it('has no description that no schema uses', () => {
    const used = new Set(properties.map(({ description }) => description))
    expect([...known].filter((description) => !used.has(description))).toEqual([])
  })
})
