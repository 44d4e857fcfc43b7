import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '../../../src/formats/csv'
import { parseCsv } from './parse-csv'

const require = createRequire(import.meta.url)
const DATA = 'dist/data'
const read = (path: string) => readFileSync(`${DATA}/${path}`, 'utf8')

interface Resource {
  name: string
  path: string
  bytes: number
  hash: string
  schema: {
    fields: { name: string; type: string; constraints?: { required?: boolean } }[]
    primaryKey: string[]
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]
  }
}
const descriptor = JSON.parse(read('datapackage.json')) as {
  $schema: string
  resources: Resource[]
}
const tables = new Map(
  descriptor.resources.map((resource) => [resource.name, parseCsv(read(resource.path))]),
)

describe('CSV writer (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"')
    expect(csvField('the "Khatami" spelling')).toBe('"the ""Khatami"" spelling"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    expect(toCsv(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n')
  })

  it('round-trips every shipped table through a strict parser', () => {
    for (const resource of descriptor.resources) {
      const text = read(resource.path)
      const rows = parseCsv(text)
      expect(toCsv(rows[0] as string[], rows.slice(1)), resource.name).toBe(text)
    }
  })
})

describe('datapackage.json', () => {
  it('validates against the official Frictionless Tabular Data Package profile', () => {
    const profile = require('datapackage/lib/profiles/tabular-data-package.json') as object
    const ajv = new AjvDraft04({ allErrors: true, strict: false })
    const validate = ajv.compile(profile)
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 1)).toBe(true)
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
  })

  it('is flagged by the profile when a resource loses its schema', () => {
    const profile = require('datapackage/lib/profiles/tabular-data-package.json') as object
    const validate = new AjvDraft04({ strict: false }).compile(profile)
    const broken = structuredClone(descriptor) as { resources: Partial<Resource>[] }
    delete broken.resources[0]?.schema
    expect(validate(broken)).toBe(false)
  })

  it('describes every CSV file, with matching size, hash and header', () => {
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [
        'aliases',
        'engagement_countries',
        'engagement_sources',
        'engagements',
        'officials',
        'participants',
        'sources',
      ].map((name) => `csv/${name}.csv`),
    )
    for (const resource of descriptor.resources) {
      const text = read(resource.path)
      expect(resource.bytes).toBe(Buffer.byteLength(text))
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`)
      expect(tables.get(resource.name)?.[0]).toEqual(
        resource.schema.fields.map((field) => field.name),
      )
    }
  })

  it('has unique primary keys, filled required fields and typed dates and integers', () => {
    for (const resource of descriptor.resources) {
      const [header = [], ...rows] = tables.get(resource.name) ?? []
      const column = (name: string) => header.indexOf(name)
      const keys = rows.map((row) =>
        resource.schema.primaryKey.map((name) => row[column(name)]).join('\u0000'),
      )
      expect(new Set(keys).size, resource.name).toBe(rows.length)
      for (const field of resource.schema.fields) {
        const values = rows.map((row) => row[column(field.name)] ?? '')
        if (field.constraints?.required)
          expect(
            values.filter((value) => value === ''),
            `${resource.name}.${field.name}`,
          ).toEqual([])
        if (field.type === 'date')
          for (const value of values) if (value) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        if (field.type === 'integer') for (const value of values) expect(value).toMatch(/^\d+$/)
      }
    }
  })

  it('has foreign keys that all resolve', () => {
    for (const resource of descriptor.resources) {
      const [header = [], ...rows] = tables.get(resource.name) ?? []
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        const [targetHeader = [], ...targetRows] = tables.get(foreignKey.reference.resource) ?? []
        const targetColumn = targetHeader.indexOf(foreignKey.reference.fields[0] as string)
        const known = new Set(targetRows.map((row) => row[targetColumn]))
        const column = header.indexOf(foreignKey.fields[0] as string)
        const dangling = rows
          .map((row) => row[column] ?? '')
          .filter((value) => value !== '' && !known.has(value))
        expect(dangling, `${resource.name}.${foreignKey.fields[0]}`).toEqual([])
      }
    }
  })
})
