import type { PathSegment } from '../core/issue'

/**
 * Visits every value inside a record, depth first, with its key and path. `path` is a
 * stack shared by every call (copy it to keep it), so that walking a record allocates
 * nothing per value.
 *
 * @example
 * const seen: string[] = []
 * walkValues({ a: [1, { b: 2 }] }, (value, path) => seen.push(path.join('.')))
 * seen //=> ['a', 'a.0', 'a.1', 'a.1.b']
 */
export function walkValues(
  value: unknown,
  visit: (value: unknown, path: readonly PathSegment[]) => void,
  path: PathSegment[] = [],
): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index)
      visit(value[index], path)
      walkValues(value[index], visit, path)
      path.pop()
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key]
      path.push(key)
      visit(item, path)
      walkValues(item, visit, path)
      path.pop()
    }
  }
}
