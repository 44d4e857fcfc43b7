/**
 * The text of a `dist/data/<kind>.json` file: the records as compact JSON, one line.
 * The package's entry imports these very files (`src/generated/<kind>.ts`), so that
 * Node loads the records as a JSON module, on the same path as reading and parsing
 * them, rather than scanning them out of a JavaScript string; one function writes both
 * copies, so the file a user opens is byte for byte the one the package loads.
 *
 * @example
 * recordsJson([{ id: 'src_aaaaaa', title: 'جعفر' }])
 * //=> '[{"id":"src_aaaaaa","title":"جعفر"}]\n'
 */
export function recordsJson(records: readonly unknown[]): string {
  return `${JSON.stringify(records)}\n`
}
