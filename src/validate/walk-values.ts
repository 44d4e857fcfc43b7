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
  // Own keys without a key array per object, and no call for a string or a number:
  // createDataset walks every value of every record twice.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      path.push(index)
      visit(item, path)
      if (typeof item === 'object' && item !== null) walkValues(item, visit, path)
      path.pop()
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      const item = (value as Record<string, unknown>)[key]
      path.push(key)
      visit(item, path)
      if (typeof item === 'object' && item !== null) walkValues(item, visit, path)
      path.pop()
    }
  }
}
