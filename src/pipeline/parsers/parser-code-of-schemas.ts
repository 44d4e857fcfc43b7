import { isDeepStrictEqual } from 'node:util'
import type * as z from 'zod'
import { checkLabel, type SchemaCheck, schemaChecksOf } from '../../core/schema/schema-checks'

interface Definition {
  readonly type: string
  readonly check?: string
  readonly checks?: readonly SchemaCheck['check'][]
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly entries?: Readonly<Record<string, unknown>>
  readonly defaultValue?: unknown
}

interface CheckDefinition {
  readonly check?: string
  readonly format?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly length?: number
  readonly pattern?: RegExp
}

const definitionOf = (schema: z.ZodType): Definition =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def

/**
 * The code that parses values of some schemas: the functions (one per object or array
 * schema), the constants they read (enum sets, patterns, key sets), the name of each
 * schema's function, and the checks they call by number from `CHECKS`.
 */
export interface ParserCode {
  readonly constants: readonly string[]
  readonly functions: readonly string[]
  /** The function that parses each schema given, in order. */
  readonly roots: readonly string[]
  /** The checks of `schemaChecksOf(schemas)`, as `checkLabel` names them: the generated table must match. */
  readonly checkLabels: readonly string[]
}

/** What one run of the generator has written so far. */
interface State {
  readonly constants: string[]
  readonly constantNames: Map<string, string>
  readonly functions: string[]
  readonly functionNames: Map<z.ZodType, string>
  readonly checkNumbers: Map<SchemaCheck['check'], number>
}

const unsupported = (what: string): never => {
  throw new TypeError(`parserCodeOfSchemas: ${what} is not supported`)
}

/** A module-level constant, written once however many fields read it. */
function constant(state: State, prefix: string, text: string): string {
  const known = state.constantNames.get(text)
  if (known !== undefined) return known
  const name = `${prefix}_${state.constants.length}`
  state.constants.push(`const ${name} = ${text}`)
  state.constantNames.set(text, name)
  return name
}

/** A check called from the table, by the number the shared walk gave it. */
function tableCall(state: State, check: SchemaCheck['check'], input: string): string {
  const number = state.checkNumbers.get(check)
  if (number === undefined) unsupported('a check the walk of schemaChecksOf did not find')
  // The table's length is asserted when it is built, so the entry exists.
  return `CHECKS[${number}]!(${input})`
}

/** The conditions one check of `def.checks` puts on `input` (a string or a copied array). */
function checkConditions(state: State, check: SchemaCheck['check'], input: string): string[] {
  const definition = check._zod.def as CheckDefinition
  switch (definition.check) {
    case 'min_length':
      return [`${input}.length >= ${definition.minimum}`]
    case 'max_length':
      return [`${input}.length <= ${definition.maximum}`]
    case 'length_equals':
      return [`${input}.length === ${definition.length}`]
    case 'string_format': {
      const pattern = definition.pattern
      if (definition.format !== 'regex' || pattern === undefined || /[gy]/.test(pattern.flags)) {
        return unsupported(`a "${definition.format}" string check`)
      }
      return [`${constant(state, 'PATTERN', String(pattern))}.test(${input})`]
    }
    case 'custom':
      return [tableCall(state, check, input)]
    default:
      return unsupported(`a "${definition.check}" check`)
  }
}

/** True for the types whose values are copied by a function of their own. */
const isComposite = (schema: z.ZodType) => ['object', 'array'].includes(definitionOf(schema).type)

/** The condition under which `input` is a valid value of a string or enum schema. */
function leafCondition(state: State, schema: z.ZodType, input: string): string {
  const definition = definitionOf(schema)
  const conditions: string[] = []
  if (definition.type === 'enum') {
    const values = Object.values(definition.entries ?? {})
    if (!values.every((value) => typeof value === 'string')) unsupported('a non-string enum')
    const set = constant(state, 'ENUM', `new Set(${JSON.stringify(values)})`)
    conditions.push(`typeof ${input} === 'string'`, `${set}.has(${input})`)
  } else if (definition.type === 'string') {
    conditions.push(`typeof ${input} === 'string'`)
    // A format schema is its own first check (zod runs it before `def.checks`).
    if (definition.check === 'string_format') {
      conditions.push(tableCall(state, schema as unknown as SchemaCheck['check'], input))
    }
  } else {
    return unsupported(`a "${definition.type}" schema`)
  }
  for (const check of definition.checks ?? []) {
    conditions.push(...checkConditions(state, check, input))
  }
  return conditions.join(' && ')
}

/** Statements that check `input` against a schema with no wrapper and pass its copy to `use`. */
function coreStatements(
  state: State,
  schema: z.ZodType,
  input: string,
  use: (copy: string) => string,
  path: string,
): string[] {
  if (!isComposite(schema)) {
    return [`if (!(${leafCondition(state, schema, input)})) return undefined`, use(input)]
  }
  return [
    `parsed = ${functionOf(state, schema, path)}(${input})`,
    'if (parsed === undefined) return undefined',
    use('parsed'),
  ]
}

/** A field's wrappers: what its absence means, whether it may be `null`, and its schema. */
function fieldWrappers(schema: z.ZodType) {
  let core = schema
  let absent: { kind: 'required' } | { kind: 'omit' } | { kind: 'default'; text: string } = {
    kind: 'required',
  }
  const withoutChecks = (wrapper: z.ZodType) => {
    const definition = definitionOf(wrapper)
    if ((definition.checks ?? []).length > 0) unsupported(`a check on "${definition.type}"`)
    return definition.innerType as z.ZodType
  }
  const type = definitionOf(core).type
  if (type === 'optional') {
    absent = { kind: 'omit' }
    core = withoutChecks(core)
  } else if (type === 'default') {
    // Written out as a literal: zod's default is the same JSON data on every read
    // (a copy of a value, or what a constant function returns), checked on two reads.
    const value = definitionOf(core).defaultValue
    const text = JSON.stringify(value)
    if (text === undefined || !isDeepStrictEqual(JSON.parse(text), value)) {
      unsupported('a default that is not JSON data')
    }
    if (JSON.stringify(definitionOf(core).defaultValue) !== text) {
      unsupported('a default that changes from one parse to the next')
    }
    absent = { kind: 'default', text }
    core = withoutChecks(core)
  }
  const nullable = definitionOf(core).type === 'nullable'
  if (nullable) core = withoutChecks(core)
  const inner = definitionOf(core).type
  if (['optional', 'default', 'nullable', 'prefault'].includes(inner)) {
    unsupported(`a "${inner}" schema inside "${type}"`)
  }
  return { absent, nullable, core }
}

/** Statements that read one field of `value` through its descriptor and copy it. */
function fieldStatements(state: State, key: string, schema: z.ZodType, path: string): string[] {
  if (key === '__proto__') unsupported('a "__proto__" field')
  const { absent, nullable, core } = fieldWrappers(schema)
  const name = JSON.stringify(key)
  const assign = (copy: string) => `copy[${name}] = ${copy}`
  let lines = coreStatements(state, core, 'field', assign, `${path}.${key}`)
  if (nullable) {
    lines = ['if (field === null) {', `  ${assign('null')}`, '} else {', ...indent(lines), '}']
  }
  const read = `field = fieldOf(value, ${name})`
  if (absent.kind === 'omit') return [read, 'if (field !== undefined) {', ...indent(lines), '}']
  if (absent.kind === 'default') {
    return [read, 'if (field === undefined) {', `  ${assign(absent.text)}`, '} else {']
      .concat(indent(lines))
      .concat('}')
  }
  return [read, ...lines]
}

const indent = (lines: readonly string[]) => lines.map((line) => `  ${line}`)

function objectFunction(state: State, name: string, schema: z.ZodType, path: string): string {
  const definition = definitionOf(schema)
  const shape = definition.shape ?? {}
  if (Object.getOwnPropertySymbols(shape).length > 0) unsupported('a symbol key')
  const keys = constant(state, 'KEYS', `new Set(${JSON.stringify(Object.keys(shape))})`)
  const body = Object.entries(shape).flatMap(([key, field]) =>
    fieldStatements(state, key, field, path),
  )
  const checks = (definition.checks ?? []).flatMap((check) => checkConditions(state, check, 'copy'))
  return [
    `/** ${path}: a plain object with the fields of its schema and no other. */`,
    `function ${name}(value: unknown): Fields | undefined {`,
    '  if (!isPlainObject(value)) return undefined',
    // Inherited enumerable keys too: zod's unknown-key check reads them with for…in.
    `  for (const key in value) if (!${keys}.has(key)) return undefined`,
    '  const copy: Fields = {}',
    '  let field: unknown',
    ...(body.some((line) => line.includes('parsed')) ? ['  let parsed: unknown'] : []),
    ...indent(body),
    ...checks.map((condition) => `  if (!(${condition})) return undefined`),
    '  return copy',
    '}',
  ].join('\n')
}

function arrayFunction(state: State, name: string, schema: z.ZodType, path: string): string {
  const definition = definitionOf(schema)
  const element = definition.element as z.ZodType
  const type = definitionOf(element).type
  if (!isComposite(element) && type !== 'string' && type !== 'enum') {
    unsupported(`a "${type}" item`)
  }
  const body = coreStatements(state, element, 'item', (copy) => `copy.push(${copy})`, `${path}[]`)
  const checks = (definition.checks ?? []).flatMap((check) => checkConditions(state, check, 'copy'))
  return [
    `/** ${path}: an array without holes whose items are data. */`,
    `function ${name}(value: unknown): unknown[] | undefined {`,
    '  if (!Array.isArray(value)) return undefined',
    '  const copy: unknown[] = []',
    ...(isComposite(element) ? ['  let parsed: unknown'] : []),
    '  for (let index = 0; index < value.length; index++) {',
    '    const item = itemOf(value, index)',
    ...indent(indent(body)),
    '  }',
    ...checks.map((condition) => `  if (!(${condition})) return undefined`),
    '  return copy',
    '}',
  ].join('\n')
}

/** The name of the function that copies an object or array schema, written on first use. */
function functionOf(state: State, schema: z.ZodType, path: string): string {
  const known = state.functionNames.get(schema)
  if (known !== undefined) return known
  const name = `parse${state.functionNames.size}`
  state.functionNames.set(schema, name)
  const type = definitionOf(schema).type
  if (type === 'object') state.functions.push(objectFunction(state, name, schema, path))
  else if (type === 'array') state.functions.push(arrayFunction(state, name, schema, path))
  else unsupported(`a "${type}" schema`)
  return name
}

/**
 * The code of one-pass parsers for these object schemas, written from their
 * definitions: types by `typeof`, enums by a `Set`, lengths and patterns inline,
 * defaults as literals, every field read through its descriptor by the generated
 * module's `fieldOf`. What cannot be written out (refine closures, string formats)
 * is called from the `CHECKS` table by the number `schemaChecksOf` gives it. Throws on
 * a schema type or check it does not know, so a new kind of field cannot be waved
 * through.
 *
 * @example
 * const code = parserCodeOfSchemas([{ schema: SourceSchema, path: 'source' }])
 * code.roots //=> ['parse0']
 * code.checkLabels.length //=> 3
 */
export function parserCodeOfSchemas(
  schemas: readonly { readonly schema: z.ZodType; readonly path: string }[],
): ParserCode {
  const checks = schemaChecksOf(schemas.map(({ schema }) => schema))
  const state: State = {
    constants: [],
    constantNames: new Map(),
    functions: [],
    functionNames: new Map(),
    checkNumbers: new Map(checks.map(({ check }, index) => [check, index])),
  }
  const roots = schemas.map(({ schema, path }) => {
    if (definitionOf(schema).type !== 'object') unsupported('a record schema that is not an object')
    return functionOf(state, schema, path)
  })
  return {
    constants: state.constants,
    functions: state.functions,
    roots,
    checkLabels: checks.map(checkLabel),
  }
}
