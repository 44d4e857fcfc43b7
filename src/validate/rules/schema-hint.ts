import { describeValue } from '../../core/issue'
import type { KIND_FOLDERS } from '../../core/record-kinds'
import { isObject, type LintRule } from '../context'

/**
 * The `$schema` value each record file should carry, relative to its folder.
 *
 * @example
 * schemaHintFor('official') //=> '../../schema/official.schema.json'
 */
export const schemaHintFor = (kind: keyof typeof KIND_FOLDERS): string =>
  `../../schema/${kind}.schema.json`

/**
 * Every record file points editors at the generated JSON Schema of its kind.
 *
 * @example
 * const value = { $schema: '../schema/source.schema.json', id: 'src_aaaaaa' }
 * const files = [{ file: 'data/sources/src_aaaaaa.json', kind: 'source', value }]
 * schemaHintRule.check({ files, today: '2026-11-30' }).map((issue) => issue.expected)
 * //=> ['"../../schema/source.schema.json"']
 */
export const schemaHintRule: LintRule = {
  name: 'schema-hint',
  description: 'Each file has "$schema" pointing at the JSON Schema of its kind.',
  scope: 'file',
  check({ files }) {
    return files.flatMap(({ file, kind, value }) => {
      const expected = schemaHintFor(kind)
      if (!isObject(value) || value.$schema === expected) return []
      return [
        {
          rule: 'schema-hint',
          severity: 'error',
          file,
          path: ['$schema'],
          message: 'editor schema hint is missing or wrong',
          expected: `"${expected}"`,
          actual: describeValue(value.$schema),
          tip: `put "$schema": "${expected}" first in the file so editors validate as you type`,
        },
      ]
    })
  },
}
