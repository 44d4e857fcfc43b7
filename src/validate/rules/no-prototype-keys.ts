import type { LintIssue } from '../../core/issue'
import type { LintRule } from '../context'
import { parseRecord } from '../parse-record'
import { walkValues } from '../walk-values'

/**
 * Keys that could poison a consumer's prototype chain; reported by this rule only.
 *
 * @example
 * FORBIDDEN_KEYS.has('__proto__') //=> true
 * FORBIDDEN_KEYS.has('id') //=> false
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/**
 * No key that could poison a consumer's prototype chain (`__proto__`, `constructor`, `prototype`).
 *
 * @example
 * // JSON.parse keeps "__proto__" as a key, as reading a record file does:
 * const value = JSON.parse('{ "id": "src_aaaaaa", "notes": { "__proto__": { "admin": true } } }')
 * const files = [{ file: 'src_aaaaaa.json', kind: 'source', value }]
 * noPrototypeKeysRule.check({ files, today: '2026-11-30' }).map((issue) => issue.path)
 * //=> [['notes', '__proto__']]
 */
export const noPrototypeKeysRule: LintRule = {
  name: 'no-prototype-keys',
  description: 'No __proto__, constructor or prototype keys anywhere in a record.',
  scope: 'dataset',
  check({ files, recordsFrom = 'files', parses }) {
    const issues: LintIssue[] = []
    for (const { file, kind, value } of files) {
      // A record its schema accepts holds only the schema's fields, none of them one of
      // these (every object schema is strict; test/validate/rules/no-prototype-keys.test.ts
      // holds them to it): only a record that fails needs the walk. The parse is the
      // schema rule's, already made.
      if (parseRecord(kind, value, recordsFrom, parses).success) continue
      walkValues(value, (_, path) => {
        const key = path[path.length - 1]
        if (typeof key !== 'string' || !FORBIDDEN_KEYS.has(key)) return
        issues.push({
          rule: 'no-prototype-keys',
          severity: 'error',
          file,
          path: [...path],
          message: `forbidden key "${key}"`,
          expected: 'no __proto__, constructor or prototype keys',
          actual: `"${key}"`,
          tip: 'remove the key; it can alter objects in programs that merge the data',
        })
      })
    }
    return issues
  },
}
