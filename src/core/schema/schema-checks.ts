import type * as z from 'zod'

/**
 * A check zod runs on a value: its `_zod.check` pushes an issue onto the payload when
 * the value fails, and may rewrite `payload.value` (zod's URL format trims).
 */
interface ZodCheckLike {
  readonly _zod: {
    readonly def: { readonly check?: string; readonly format?: string }
    check(payload: { value: unknown; issues: unknown[] }): unknown
  }
}

interface Definition {
  readonly type: string
  readonly check?: string
  readonly format?: string
  readonly checks?: readonly ZodCheckLike[]
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
}

const definitionOf = (schema: z.ZodType): Definition =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def

/**
 * One check of a schema that code written from its definition cannot repeat: a
 * `refine`/`superRefine` closure (`custom`), or a string format whose test zod runs
 * itself (`format:url`, `format:date`).
 */
export interface SchemaCheck {
  /** `custom`, or `format:` and the format's name. */
  readonly kind: string
  /** Where the walk first found it, as `schemas[0].countries[]`. */
  readonly where: string
  /** The check itself: zod's own object, run as zod runs it. */
  readonly check: ZodCheckLike
}

/** Depth first, fields in shape order: the one order both the generator and the runtime see. */
function collect(
  schema: z.ZodType,
  where: string,
  into: SchemaCheck[],
  seen: Set<ZodCheckLike>,
): void {
  const definition = definitionOf(schema)
  const add = (kind: string, check: ZodCheckLike) => {
    if (seen.has(check)) return
    seen.add(check)
    into.push({ kind, where, check })
  }
  // A string format schema is its own first check (zod puts it before `def.checks`).
  if (definition.type === 'string' && definition.check === 'string_format') {
    add(`format:${definition.format}`, schema as unknown as ZodCheckLike)
  }
  if (definition.innerType) collect(definition.innerType, where, into, seen)
  if (definition.element) collect(definition.element, `${where}[]`, into, seen)
  for (const [key, field] of Object.entries(definition.shape ?? {})) {
    collect(field, `${where}.${key}`, into, seen)
  }
  for (const check of definition.checks ?? []) {
    if (check._zod.def.check === 'custom') add('custom', check)
  }
}

/**
 * The checks of these schemas that generated code must call rather than write out,
 * each once, in a fixed order: the generator numbers them with this walk, and the
 * generated module takes its table from the same walk (`checkTableOf`), so the two
 * cannot number them differently.
 *
 * @example
 * schemaChecksOf([SourceSchema]).map((entry) => `${entry.kind} at ${entry.where}`)
 * //=> ['custom at schemas[0].publisher', 'format:url at schemas[0].url', 'custom at schemas[0].published']
 */
export function schemaChecksOf(schemas: readonly z.ZodType[]): SchemaCheck[] {
  const checks: SchemaCheck[] = []
  const seen = new Set<ZodCheckLike>()
  schemas.forEach((schema, index) => {
    collect(schema, `schemas[${index}]`, checks, seen)
  })
  return checks
}

/**
 * Whether a value passes one of zod's checks, run as zod runs it on a value that
 * passed everything before it: no issue, no promise (an async check is not a pass),
 * and the value left as it was (a check that rewrites it, like the URL format's
 * trim, is not a pass either: the copy must be what zod would return).
 *
 * @example
 * const [text] = schemaChecksOf([TextSchema])
 * passesCheck(text.check, 'Baghdad') //=> true
 * passesCheck(text.check, ' Baghdad') //=> false
 */
export function passesCheck(check: ZodCheckLike, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] }
  const returned = check._zod.check(payload)
  return !(returned instanceof Promise) && payload.issues.length === 0 && payload.value === value
}

/**
 * How a check is named in the list the generated code was written for:
 * `custom at schemas[0].countries`.
 *
 * @example
 * schemaChecksOf([TextSchema]).map(checkLabel) //=> ['custom at schemas[0]']
 */
export const checkLabel = (check: SchemaCheck): string => `${check.kind} at ${check.where}`

/**
 * The checks of these schemas as functions, numbered by `schemaChecksOf`, after
 * making sure they are the checks the generated code was written for: the same
 * kinds, found at the same places, in the same order. A schema changed since
 * `npm run generate` throws here, at import, rather than checking the wrong thing.
 *
 * @throws {Error} when the schemas' checks are not `expected`
 * @example
 * const [trimmed] = checkTableOf([TextSchema], ['custom at schemas[0]'])
 * trimmed('Baghdad ') //=> false
 * checkTableOf([TextSchema], [])
 * // throws Error: the record parsers were generated for the checks [], but the schemas have [custom at schemas[0]]; run "npm run generate"
 */
export function checkTableOf(
  schemas: readonly z.ZodType[],
  expected: readonly string[],
): ((value: unknown) => boolean)[] {
  const checks = schemaChecksOf(schemas)
  const found = checks.map(checkLabel)
  if (found.join('\n') !== expected.join('\n')) {
    throw new Error(
      `the record parsers were generated for the checks [${expected.join(', ')}], but the schemas have [${found.join(', ')}]; run "npm run generate"`,
    )
  }
  return checks.map(
    ({ check }) =>
      (value: unknown) =>
        passesCheck(check, value),
  )
}
