/**
 * Freezes a value and everything reachable from it, so that no caller can change
 * a record that later queries will return. Values already frozen are skipped, which
 * also ends cycles.
 *
 * `createDataset` freezes the records it builds with it, whatever their fields; the
 * shipped records, whose fields the build knows, are frozen along a plan instead
 * (`freezeByPlan`). It avoids a key array per object and a call per string, which
 * cost most in code V8 has not optimized yet.
 *
 * @example
 * const record = deepFreeze({ countries: ['IQ', 'KR'], location: { country: 'IQ' } })
 * Object.isFrozen(record.countries) //=> true
 * Object.isFrozen(record.location) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) freezeObject(value[index])
  } else {
    const record = value as Record<string, unknown>
    for (const key in record) if (Object.hasOwn(record, key)) freezeObject(record[key])
  }
  return value
}

const freezeObject = (value: unknown) => {
  if (typeof value === 'object' && value !== null) deepFreeze(value)
}
