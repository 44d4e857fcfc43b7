/**
 * Freezes a value and everything reachable from it, so that no caller can change
 * a record that later queries will return.
 *
 * @example
 * const record = deepFreeze({ countries: ['IQ', 'KR'] })
 * Object.isFrozen(record.countries) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
