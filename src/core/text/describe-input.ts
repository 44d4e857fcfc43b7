/** Longest stretch of an input that an error message quotes. */
const QUOTED_LENGTH = 80

/**
 * Renders any value a caller passed for an error message, safely and briefly:
 * strings quoted (long ones cut, with their length), BigInts, Symbols, functions,
 * cycles, Proxies and throwing getters included, so that describing bad input
 * can never throw or take time proportional to its size.
 *
 * @example
 * describeInput('Koria') //=> '"Koria"'
 * describeInput(1n) //=> '1n'
 * describeInput('a'.repeat(1e6)) //=> '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (1000000 characters)'
 */
export function describeInput(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return value.length <= QUOTED_LENGTH
          ? JSON.stringify(value)
          : `${JSON.stringify(value.slice(0, QUOTED_LENGTH)).slice(0, -1)}…" (${value.length} characters)`
      case 'bigint':
        return `${value}n`
      case 'symbol':
        return value.toString()
      case 'function':
        return 'a function'
      case 'undefined':
        return 'undefined'
      case 'object': {
        if (value === null) return 'null'
        if (value instanceof Date) {
          const time = Date.prototype.getTime.call(value)
          const year = Number.isNaN(time) ? Number.NaN : new Date(time).getUTCFullYear()
          return year >= 0 && year <= 9999 ? `Date ${new Date(time).toISOString()}` : 'Invalid Date'
        }
        if (Array.isArray(value)) return `an array of ${value.length}`
        return 'an object'
      }
      default:
        return String(value)
    }
  } catch {
    return 'a value that cannot be read'
  }
}
