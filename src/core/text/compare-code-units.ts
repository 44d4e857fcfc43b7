/**
 * Orders two strings by UTF-16 code unit, as `<` does: the order of ids and ISO
 * dates, independent of the machine's locale and with no collator to consult.
 *
 * @example
 * ['src_b', 'src_a', '2020-11-01'].sort(compareCodeUnits) //=> ['2020-11-01', 'src_a', 'src_b']
 */
export function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
