import type * as z from 'zod'
import { resolveCountry } from '../../core/countries/resolve-country'
import { DERIVED_DATE_FIELDS } from '../../core/dates/derive-date-range'
import { describeValue, type LintIssue, type PathSegment } from '../../core/issue'
import { closestMatches } from '../../core/text/closest-matches'
import type { LintContext, LintRule } from '../context'
import { parseRecord, recordSchemaFor } from '../parse-record'
import { isPlaceholder } from './no-placeholders'
import { FORBIDDEN_KEYS } from './no-prototype-keys'

/**
 * The ISO code of a country written by name where a code is expected ("Iraq" → "IQ"),
 * when that code is among the allowed values.
 */
function countryCodeNamed(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined
  try {
    return resolveCountry(text)
  } catch {
    return undefined
  }
}

/** Fields whose values are country codes. */
const isCountryPath = (path: readonly PathSegment[]) =>
  path.some((segment) => segment === 'countries' || segment === 'country')

/** Follows a JSON path into a parsed value. */
const valueAt = (root: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PathSegment, unknown>)[key]
        : undefined,
    root,
  )

interface SchemaDef {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
}

const defOf = (schema: z.ZodType): SchemaDef =>
  (schema as unknown as { _zod: { def: SchemaDef } })._zod.def

/** The field names an object schema accepts at a JSON path, for "did you mean" hints. */
function fieldNamesAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType | undefined = schema
  const unwrap = (node: z.ZodType): z.ZodType => {
    const def = defOf(node)
    const inner = def.innerType ?? def.in
    return inner && ['optional', 'nullable', 'default', 'pipe', 'prefault'].includes(def.type)
      ? unwrap(inner)
      : node
  }
  for (const segment of path) {
    if (!current) return []
    const def = defOf(unwrap(current))
    current = typeof segment === 'number' ? def.element : def.shape?.[segment]
  }
  return current ? Object.keys(defOf(unwrap(current)).shape ?? {}) : []
}

function unknownFieldIssue(
  file: string,
  path: PathSegment[],
  key: string,
  known: string[],
): LintIssue {
  const suggestion = closestMatches(key, known, 1)[0]
  return {
    rule: 'schema',
    severity: 'error',
    file,
    path: [...path, key],
    message: `unknown field "${key}"`,
    expected: `one of the fields ${known.join(', ')}`,
    actual: `"${key}"`,
    tip: (DERIVED_DATE_FIELDS as readonly string[]).includes(key)
      ? `${DERIVED_DATE_FIELDS.slice(0, -1).join(', ')} and ${DERIVED_DATE_FIELDS.at(-1)} are derived from date by the build; remove this field`
      : suggestion
        ? `did you mean "${suggestion}"?`
        : 'remove the field, or propose it in an issue first',
  }
}

function toIssues(
  file: string,
  value: unknown,
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
): LintIssue[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol')
  const found = valueAt(value, path)
  // A placeholder from npm run new is reported once, by no-placeholders, with what belongs there.
  if (isPlaceholder(found)) return []
  const base = { rule: 'schema', severity: 'error' as const, file, path }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys
        .filter((key) => !FORBIDDEN_KEYS.has(key))
        .map((key) => unknownFieldIssue(file, path, key, fieldNamesAt(schema, path)))
    case 'invalid_type':
      return [
        {
          ...base,
          message: found === undefined ? 'missing required field' : 'wrong type',
          expected: found === undefined ? `a ${issue.expected}` : `a ${issue.expected}`,
          actual: describeValue(found),
          tip: found === undefined ? `add "${String(path.at(-1))}"` : undefined,
        },
      ]
    case 'invalid_value': {
      const options = issue.values.map(String)
      const suggestion =
        typeof found === 'string' ? closestMatches(found, options, 1)[0] : undefined
      return [
        {
          ...base,
          message: 'not an allowed value',
          expected: `one of ${options.map((option) => `"${option}"`).join(', ')}`,
          actual: describeValue(found),
          tip: suggestion ? `did you mean "${suggestion}"?` : undefined,
        },
      ]
    }
    default: {
      const code = isCountryPath(path) ? countryCodeNamed(found) : undefined
      return [
        {
          ...base,
          message: issue.message,
          actual: describeValue(found),
          tip: code && code !== found ? `did you mean "${code}"?` : undefined,
        },
      ]
    }
  }
}

/** A parse result's issues as lint issues, with the found value, expectation and tip. */
const issuesOf = (
  file: string,
  value: unknown,
  schema: z.ZodType,
  result: z.ZodSafeParseResult<unknown>,
): LintIssue[] =>
  result.success ? [] : result.error.issues.flatMap((issue) => toIssues(file, value, schema, issue))

/**
 * The issues of one value against a zod schema, as lint issues with the found
 * value, the expectation and a "did you mean" tip where one helps.
 *
 * @example
 * schemaIssues('eng_meet01.json', { sourceId: 'src_aaaaaa', suports: ['date'] }, CitationSchema)
 *   .map((issue) => issue.tip) //=> ['add "supports"', 'did you mean "supports"?']
 */
export function schemaIssues(file: string, value: unknown, schema: z.ZodType): LintIssue[] {
  return issuesOf(file, value, schema, schema.safeParse(value))
}

/**
 * Every record matches the zod schema of its kind (types, enums, formats, required fields).
 *
 * @example
 * const value = { ...sources[0], kind: 'newz' }
 * const files = [{ file: 'src_aaaaaa.json', kind: 'source', value }]
 * schemaRule.check({ files, today: '2026-11-30' }).map((issue) => [issue.path, issue.tip])
 * //=> [[['kind'], 'did you mean "news"?']]
 */
export const schemaRule: LintRule = {
  name: 'schema',
  description: 'Each record matches the schema of its kind.',
  scope: 'dataset',
  check({ files, recordsFrom = 'files', parses }: LintContext) {
    return files.flatMap(({ file, kind, value }) =>
      issuesOf(
        file,
        value,
        recordSchemaFor(kind, value, recordsFrom),
        parseRecord(kind, value, recordsFrom, parses),
      ),
    )
  },
}
