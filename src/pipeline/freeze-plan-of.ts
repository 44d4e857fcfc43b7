import type { FreezePlan } from '../core/freeze-by-plan'

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null

/**
 * Derives the plan that `freezeByPlan` follows from the values themselves: every field
 * that holds an object or array in any of them, and every array item that is one.
 * The build derives it from the shipped records and writes it beside them, so the
 * plan cannot miss a field those records use.
 *
 * @example
 * freezePlanOf([[{ id: 'eng_1', countries: ['IQ'], location: { country: 'IQ' } }]])
 * //=> { fields: [], items: { fields: [['countries', { fields: [] }], ['location', { fields: [] }]] } }
 */
export function freezePlanOf(values: readonly unknown[]): FreezePlan {
  const byField = new Map<string, object[]>()
  const items: object[] = []
  for (const value of values) {
    if (Array.isArray(value)) {
      for (const item of value) if (isObject(item)) items.push(item)
      continue
    }
    for (const [field, inner] of Object.entries(value as object)) {
      if (!isObject(inner)) continue
      const list = byField.get(field)
      if (list) list.push(inner)
      else byField.set(field, [inner])
    }
  }
  const fields = [...byField].map(([field, inner]) => [field, freezePlanOf(inner)] as const)
  return items.length === 0 ? { fields } : { fields, items: freezePlanOf(items) }
}
