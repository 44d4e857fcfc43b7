import type * as z from 'zod'

/**
 * Where the objects sit inside a value of known shape: the fields that hold an object
 * or array, each with the plan of that value, and the plan of an array's items.
 */
export interface FreezePlan {
  /** Fields whose value is an object or an array, with the plan of that value. */
  readonly fields: readonly (readonly [field: string, plan: FreezePlan])[]
  /** The plan of the items, when the value is an array of objects or arrays. */
  readonly items?: FreezePlan
}

interface Definition {
  readonly type: string
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly options?: readonly z.ZodType[]
}

const definitionOf = (schema: z.ZodType): Definition =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def

/** Types whose values are never objects: nothing inside them to freeze. */
const LEAVES = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal'])
/** Wrappers whose values are their inner type's, or `undefined`/`null`. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly'])

/** Two plans for one value (a union's options): every object either names. */
function mergePlans(a: FreezePlan, b: FreezePlan): FreezePlan {
  const fields = new Map(a.fields)
  for (const [field, plan] of b.fields) {
    const known = fields.get(field)
    fields.set(field, known ? mergePlans(known, plan) : plan)
  }
  const items =
    a.items && b.items ? mergePlans(a.items, b.items) : (a.items ?? b.items ?? undefined)
  return items ? { fields: [...fields], items } : { fields: [...fields] }
}

/**
 * The plan of a value of this schema, or `undefined` when it holds no object. Throws on
 * a schema type it does not know, so that a new kind of field cannot go unfrozen.
 */
function planOf(schema: z.ZodType): FreezePlan | undefined {
  const definition = definitionOf(schema)
  if (LEAVES.has(definition.type)) return undefined
  if (WRAPPERS.has(definition.type)) return planOf(definition.innerType as z.ZodType)
  if (definition.type === 'array') {
    const items = planOf(definition.element as z.ZodType)
    return items ? { fields: [], items } : { fields: [] }
  }
  if (definition.type === 'object') {
    const fields: [string, FreezePlan][] = []
    for (const [field, fieldSchema] of Object.entries(definition.shape ?? {})) {
      const plan = planOf(fieldSchema)
      if (plan) fields.push([field, plan])
    }
    return { fields }
  }
  if (definition.type === 'union') {
    const plans = (definition.options ?? []).map(planOf).filter((plan) => plan !== undefined)
    return plans.length === 0 ? undefined : plans.reduce(mergePlans)
  }
  throw new TypeError(`freezePlanOfSchema: a "${definition.type}" schema is not supported`)
}

/**
 * Where the objects are in a value that matched this schema: every field of an object
 * type that holds an object or array, read from the schema rather than from the
 * values. `renderRecordFreezers` turns the plans of the record schemas into the code
 * that freezes the shipped records and those `createDataset` builds, which their
 * strict objects hold to these shapes, instead of walking every key and string.
 *
 * @example
 * freezePlanOfSchema(LocationSchema) //=> { fields: [] }
 * freezePlanOfSchema(EngagementSchema).fields.map(([field]) => field)
 * //=> ['countries', 'organizations', 'location', 'participants', 'topics', 'systems', 'sources', 'distinctFrom']
 */
export function freezePlanOfSchema(schema: z.ZodType): FreezePlan {
  return planOf(schema) ?? { fields: [] }
}
