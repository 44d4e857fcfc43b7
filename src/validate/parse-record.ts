import type * as z from 'zod'
import { hasDerivedDates } from '../core/dates/derive-date-range'
import type { RecordKind } from '../core/record-kinds'
import { EngagementInputSchema, EngagementSchema } from '../core/schema/engagement'
import { FILE_SCHEMAS, RECORD_SCHEMAS } from '../core/schema/record-schemas'

/** Where records come from: files in `data/`, or values passed to `createDataset`. */
export type RecordsFrom = 'files' | 'values'

/**
 * The schema a record must match: for a file, what a file of its kind may hold; for a
 * value passed to `createDataset`, the complete record, except that an engagement may
 * leave its derived dates out (they are derived, as in the build).
 *
 * @example
 * recordSchemaFor('engagement', { date: '2020' }, 'values') === EngagementInputSchema //=> true
 */
export function recordSchemaFor(kind: RecordKind, value: unknown, from: RecordsFrom): z.ZodType {
  if (from === 'files') return FILE_SCHEMAS[kind]
  if (kind !== 'engagement') return RECORD_SCHEMAS[kind]
  return hasDerivedDates(value) ? EngagementSchema : EngagementInputSchema
}

/**
 * The schema parses of one run of the record pipeline, by record: the schema rule
 * reports a record's issues and the completion takes its data from the same parse.
 * A map that lives as long as the run, not a module-wide `WeakMap`: with a weak key
 * per record, every garbage collection of a large `createDataset` had to trace them.
 *
 * @example
 * const parses: RecordParses = new Map()
 * parseRecord('source', sources[0], 'values', parses) === parseRecord('source', sources[0], 'values', parses)
 * //=> true
 */
export type RecordParses = Map<object, RecordParse>

/**
 * A record's schema parse and the schema that made it, in one object: a large
 * `createDataset` keeps one per record for the whole run, so it holds no second object.
 *
 * @example
 * const parse: RecordParse = { schema: SourceSchema, success: true, data: sources[0] }
 * parse.success //=> true
 */
export type RecordParse = z.ZodSafeParseResult<unknown> & { readonly schema: z.ZodType }

/**
 * A record parsed with the schema of its kind, once per run when given the run's
 * parses: the schema rule and the completion ask for the same record, and the second
 * gets the first's result.
 *
 * @example
 * parseRecord('source', { id: 'x' }, 'values').success //=> false
 */
export function parseRecord(
  kind: RecordKind,
  value: unknown,
  from: RecordsFrom,
  parses?: RecordParses,
): z.ZodSafeParseResult<unknown> {
  const schema = recordSchemaFor(kind, value, from)
  const cacheable = parses !== undefined && typeof value === 'object' && value !== null
  const known = cacheable ? parses.get(value) : undefined
  if (known?.schema === schema) return known
  const parse: RecordParse = { ...schema.safeParse(value), schema }
  if (cacheable) parses.set(value, parse)
  return parse
}

/**
 * The copy the schema parse makes of a value passed to `createDataset`, when the value
 * matches its schema; `undefined` when it does not, or when reading it throws (a
 * getter or a Proxy). The parse reads every field the schema names once and copies it
 * at every level, so the copy is plain data; whether the value itself was (no getter,
 * no class instance) is `snapshotRecords`' to check. The result is added to the run's
 * parses for the copy, so the schema rule and the completion do not parse it again.
 *
 * @example
 * const { startDate, endDate, precision, ...input } = engagements[0]
 * const parses: RecordParses = new Map()
 * const copy = parsedCopyOf('engagement', input, parses)
 * copy === input //=> false
 * parses.get(copy).success //=> true
 * parsedCopyOf('engagement', { ...input, date: 'November 2020' }, parses) //=> undefined
 */
export function parsedCopyOf(kind: RecordKind, value: unknown, parses: RecordParses): unknown {
  let schema: z.ZodType
  let result: z.ZodSafeParseResult<unknown>
  try {
    schema = recordSchemaFor(kind, value, 'values')
    result = schema.safeParse(value)
  } catch {
    return undefined
  }
  if (!result.success) return undefined
  // Records are objects, and the parse of an object is a new object.
  parses.set(result.data as object, { ...result, schema })
  return result.data
}
