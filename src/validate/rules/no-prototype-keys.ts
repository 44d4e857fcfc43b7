import type { LintIssue, PathSegment } from '../../core/issue'
import type { LintRule } from '../context'

/** Keys that could poison a consumer's prototype chain; reported by this rule only. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/** Collects the path of every forbidden key; `path` is a stack, copied only on a find. */
function walk(value: unknown, path: PathSegment[], found: PathSegment[][]): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index)
      walk(value[index], path, found)
      path.pop()
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      path.push(key)
      if (FORBIDDEN_KEYS.has(key)) found.push([...path])
      walk((value as Record<string, unknown>)[key], path, found)
      path.pop()
    }
  }
}

/** No key that could poison a consumer's prototype chain (`__proto__`, `constructor`, `prototype`). */
export const noPrototypeKeysRule: LintRule = {
  name: 'no-prototype-keys',
  description: 'No __proto__, constructor or prototype keys anywhere in a record.',
  scope: 'dataset',
  check({ files }) {
    return files.flatMap(({ file, value }) => {
      const found: PathSegment[][] = []
      walk(value, [], found)
      return found.map(
        (path): LintIssue => ({
          rule: 'no-prototype-keys',
          severity: 'error',
          file,
          path,
          message: `forbidden key "${String(path.at(-1))}"`,
          expected: 'no __proto__, constructor or prototype keys',
          actual: `"${String(path.at(-1))}"`,
          tip: 'remove the key; it can alter objects in programs that merge the data',
        }),
      )
    })
  },
}
