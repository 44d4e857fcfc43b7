import { InvalidArgumentError } from '../core/errors'
import type { LintIssue, PathSegment } from '../core/issue'

/** Records to build a dataset from, for example the package's plus your own. */
export interface RecordsInput {
  readonly engagements?: readonly unknown[]
  readonly officials?: readonly unknown[]
  readonly sources?: readonly unknown[]
}

/** Records to build a dataset from, as `createDataset` receives them. */
export interface RecordsSnapshot {
  readonly engagements: unknown[]
  readonly officials: unknown[]
  readonly sources: unknown[]
}

const KINDS = ['engagements', 'officials', 'sources'] as const
/** Deeper nesting than any record has is refused rather than followed. */
const MAX_DEPTH = 32

const isPlainObject = (value: object) => {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Copies one value as plain JSON-like data, or reports why it is not: accessors,
 * functions, BigInts, Symbols, class instances, cycles, excessive nesting and values
 * that cannot be read (a Proxy that throws) are problems, never exceptions.
 */
function copyPlain(
  value: unknown,
  file: string,
  path: PathSegment[],
  ancestors: Set<object>,
  issues: LintIssue[],
): unknown {
  const problem = (message: string, expected = 'plain JSON data') => {
    issues.push({ rule: 'plain-data', severity: 'error', file, path, message, expected })
    return undefined
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : problem(`${value} is not a JSON number`)
  }
  if (typeof value !== 'object') return problem(`a ${typeof value} is not JSON data`)
  if (ancestors.has(value)) return problem('refers back to itself (a cycle)')
  if (path.length > MAX_DEPTH) return problem(`nested more than ${MAX_DEPTH} levels deep`)
  try {
    const isArray = Array.isArray(value)
    if (!isArray && !isPlainObject(value)) {
      return problem(`a ${value.constructor?.name ?? 'non-plain'} object is not JSON data`)
    }
    ancestors.add(value)
    const descriptors = Object.getOwnPropertyDescriptors(value)
    const copy = (isArray ? [] : {}) as Record<string, unknown>
    for (const [key, descriptor] of Object.entries(descriptors)) {
      if (isArray && key === 'length') continue
      const at = [...path, isArray ? Number(key) : key]
      if (!('value' in descriptor)) {
        issues.push({
          rule: 'plain-data',
          severity: 'error',
          file,
          path: at,
          message: `"${key}" is a getter, not data`,
          expected: 'plain JSON data',
        })
        continue
      }
      if (descriptor.value === undefined && !isArray) continue
      copy[key] = copyPlain(descriptor.value, file, at, ancestors, issues)
    }
    ancestors.delete(value)
    return copy
  } catch {
    return problem('cannot be read (a Proxy or an object that throws)')
  }
}

/**
 * Checks the shape of `createDataset`'s argument and takes a plain-data copy of
 * every record, once, before validation: the caller's objects are never read
 * again, so getters, Proxies and later mutations cannot change what was checked.
 *
 * @throws {InvalidArgumentError} when the argument is not `{ engagements?, officials?, sources? }` with arrays
 * @returns the copies, and a problem for each value that is not plain data
 *
 * @example
 * snapshotRecords({ engagements: [{ id: 'eng_a' }] }).records.engagements
 * //=> [{ id: 'eng_a' }]
 */
export function snapshotRecords(input: unknown): {
  records: RecordsSnapshot
  issues: LintIssue[]
} {
  const expected = 'an object { engagements?, officials?, sources? } of arrays of records'
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    !isPlainObject(input)
  ) {
    throw new InvalidArgumentError('records', input, expected)
  }
  for (const key of Object.keys(input)) {
    if (!(KINDS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(`records.${key}`, key, `one of ${KINDS.join(', ')}`)
    }
  }
  const issues: LintIssue[] = []
  const records = Object.fromEntries(
    KINDS.map((kind) => {
      const list = (input as Record<string, unknown>)[kind]
      if (list === undefined) return [kind, []]
      if (!Array.isArray(list)) {
        throw new InvalidArgumentError(
          `records.${kind}`,
          list,
          `an array of ${kind.slice(0, -1)} records`,
        )
      }
      return [
        kind,
        list.map((value, index) => copyPlain(value, `${kind}[${index}]`, [], new Set(), issues)),
      ]
    }),
  ) as unknown as RecordsSnapshot
  return { records, issues }
}
