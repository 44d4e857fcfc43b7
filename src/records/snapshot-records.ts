import { InvalidArgumentError } from '../core/errors'
import type { LintIssue, PathSegment } from '../core/issue'
import type { RecordKind } from '../core/record-kinds'
import { RECORD_PARSERS } from '../core/schema/record-parsers.generated'
import { parsedCopyOf, type RecordParses, recordSchemaFor } from '../validate/parse-record'

/**
 * Records to build a dataset from, for example the package's plus your own.
 *
 * @example
 * const input: DatasetInput = { engagements: [...engagements, myEngagement], officials, sources }
 * (await createDataset(input)).engagements.length === engagements.length + 1 //=> true
 */
export interface DatasetInput {
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
const KIND_OF: Record<(typeof KINDS)[number], RecordKind> = {
  engagements: 'engagement',
  officials: 'official',
  sources: 'source',
}
/** Deeper nesting than any record has is refused rather than followed. */
const MAX_DEPTH = 32

const isPlainObject = (value: object) => {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** The state of one copy: where in the record it is, what contains it, what went wrong. */
interface CopyState {
  readonly file: string
  /** The path to the value being copied; pushed and popped, copied only into an issue. */
  readonly path: PathSegment[]
  /** The objects that contain the value being copied (a short stack: records are shallow). */
  readonly ancestors: object[]
  readonly issues: LintIssue[]
}

function problem(
  state: CopyState,
  message: string,
  at: PathSegment[] = [...state.path],
): undefined {
  state.issues.push({
    rule: 'plain-data',
    severity: 'error',
    file: state.file,
    path: at,
    message,
    expected: 'plain JSON data',
  })
  return undefined
}

/**
 * Sets an own data property, `__proto__` included: assigning `__proto__` would set
 * the copy's prototype instead (or be ignored), and the key would be lost silently.
 */
function setOwn(into: Record<string | number, unknown>, key: string | number, value: unknown) {
  if (key === '__proto__') {
    Object.defineProperty(into, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  } else {
    into[key] = value
  }
}

/** Copies one property, read through its descriptor so that a getter is reported, not run. */
function copyProperty(
  from: object,
  key: string | number,
  into: Record<string | number, unknown>,
  state: CopyState,
): void {
  const descriptor = Object.getOwnPropertyDescriptor(from, key)
  if (descriptor === undefined) return // a hole in an array
  if (descriptor.get !== undefined || descriptor.set !== undefined) {
    problem(state, `"${key}" is a getter, not data`, [...state.path, key])
    return
  }
  if (descriptor.value === undefined && typeof key === 'string') return
  state.path.push(key)
  setOwn(into, key, copyPlain(descriptor.value, state))
  state.path.pop()
}

/**
 * True when the value a record's schema parse read is plain data holding exactly what
 * the parse copied: every object a plain one (a literal, `JSON.parse`,
 * `Object.create(null)`) or an array without holes, and every field the copy has an
 * own, enumerable data property of the value (not a getter, not inherited, not hidden
 * by a Proxy), or absent from it when the schema filled in a default. A field the
 * value holds as `undefined` is removed from the copy, as the careful copy and
 * `JSON.stringify` leave it out. Reads descriptors only, so no getter runs.
 */
function copiedPlainly(copy: unknown, value: unknown): boolean {
  if (typeof copy !== 'object' || copy === null) return true // the schemas do not transform
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(copy)) {
    if (!Array.isArray(value) || value.length !== copy.length) return false
    for (let index = 0; index < copy.length; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, index)
      if (descriptor === undefined || !('value' in descriptor)) return false
      if (!copiedPlainly(copy[index], descriptor.value)) return false
    }
    return true
  }
  if (!isPlainObject(value)) return false
  const fields = copy as Record<string, unknown>
  for (const key in fields) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (descriptor === undefined) {
      if (key in value) return false // inherited, or hidden by a Proxy
      continue // a default the schema filled in
    }
    if (!('value' in descriptor) || !descriptor.enumerable) return false
    if (descriptor.value === undefined) {
      if (fields[key] === undefined) delete fields[key]
      continue
    }
    if (!copiedPlainly(fields[key], descriptor.value)) return false
  }
  return true
}

/**
 * The generated parser's copy of a record (`core/schema/record-parsers.generated.ts`), which
 * checks the record against its schema and proves it plain data in one pass, added to
 * the run's parses as the schema parse would be; `undefined` when that parser refuses
 * the record, for zod to decide. It never accepts what zod rejects, so a valid plain
 * record is parsed once and walked once instead of parsed by zod and walked again.
 */
function generatedPlainCopy(kind: RecordKind, value: unknown, parses: RecordParses): unknown {
  let schema: ReturnType<typeof recordSchemaFor>
  try {
    schema = recordSchemaFor(kind, value, 'values')
  } catch {
    return undefined // a Proxy that throws: the careful copy reports it
  }
  const copy = RECORD_PARSERS.get(schema)?.(value)
  if (copy === undefined) return undefined
  parses.set(copy, { schema, success: true, data: copy })
  return copy
}

/**
 * The schema parse's copy of a record when the record is valid and plain data, or
 * `undefined` for the careful copy to take over.
 */
function parsedPlainCopy(kind: RecordKind, value: unknown, parses: RecordParses): unknown {
  const copy = parsedCopyOf(kind, value, parses)
  if (copy === undefined) return undefined
  if (copiedPlainly(copy, value)) return copy
  parses.delete(copy as object)
  return undefined
}

/**
 * Copies one value as plain JSON-like data, or reports why it is not: accessors,
 * functions, BigInts, Symbols, class instances, cycles, excessive nesting and values
 * that cannot be read (a Proxy that throws) are problems, never exceptions.
 */
function copyPlain(value: unknown, state: CopyState): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : problem(state, `${value} is not a JSON number`)
  }
  if (typeof value !== 'object') return problem(state, `a ${typeof value} is not JSON data`)
  if (state.ancestors.includes(value)) return problem(state, 'refers back to itself (a cycle)')
  if (state.path.length > MAX_DEPTH)
    return problem(state, `nested more than ${MAX_DEPTH} levels deep`)
  const depth = state.ancestors.length
  try {
    if (Array.isArray(value)) {
      const copy: unknown[] = new Array(value.length)
      state.ancestors.push(value)
      for (let index = 0; index < value.length; index++) {
        copyProperty(value, index, copy as unknown as Record<number, unknown>, state)
      }
      state.ancestors.pop()
      return copy
    }
    if (!isPlainObject(value)) {
      return problem(state, `a ${value.constructor?.name ?? 'non-plain'} object is not JSON data`)
    }
    const copy: Record<string, unknown> = {}
    state.ancestors.push(value)
    for (const key of Object.keys(value)) copyProperty(value, key, copy, state)
    state.ancestors.pop()
    return copy
  } catch {
    state.ancestors.length = depth
    return problem(state, 'cannot be read (a Proxy or an object that throws)')
  }
}

/**
 * Checks the shape of `createDataset`'s argument and takes a plain-data copy of
 * every record, once, before validation: the caller's objects are never read
 * again, so getters, Proxies and later mutations cannot change what was checked.
 *
 * A record that matches its schema is copied by the parser generated from that
 * schema, which checks it and proves it plain data (own, enumerable data fields in
 * plain objects and arrays) in one pass; its copy stands in for the schema parse
 * every record needs anyway. A record that parser refuses is parsed by zod
 * (`parsedCopyOf`), whose copy is kept when the record proves to be plain data: a valid
 * dataset is copied once, not twice. Any other record is copied
 * carefully, through property descriptors, and what is not plain data (a getter, a
 * class instance, a function…) is reported with its path.
 *
 * @throws {InvalidArgumentError} when the argument is not `{ engagements?, officials?, sources? }` with arrays
 * @param parses - the run's schema parses, to which each valid record's parse is added
 * @returns the copies, and a problem for each value that is not plain data
 *
 * @example
 * snapshotRecords({ engagements: [{ id: 'eng_a' }] }).records.engagements
 * //=> [{ id: 'eng_a' }]
 */
export function snapshotRecords(
  input: unknown,
  parses: RecordParses = new Map(),
): {
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
        list.map(
          (value, index) =>
            generatedPlainCopy(KIND_OF[kind], value, parses) ??
            parsedPlainCopy(KIND_OF[kind], value, parses) ??
            copyPlain(value, { file: `${kind}[${index}]`, path: [], ancestors: [], issues }),
        ),
      ]
    }),
  ) as unknown as RecordsSnapshot
  return { records, issues }
}
