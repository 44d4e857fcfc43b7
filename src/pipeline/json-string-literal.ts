import { asciiLiteral } from './ascii-literal'

/**
 * Writes `value` as JSON inside a single-quoted JavaScript string literal, in the form
 * V8 loads fastest: every character outside ASCII, and every `'`, is written as a
 * JSON `\u` escape, so the module source is ASCII and the string is one byte per
 * character. V8 then scans the literal and `JSON.parse`s the string on its fast
 * paths, and esbuild keeps the single quotes (it picks the quote a text needs least;
 * this text has no `'`). Against the template literal it replaces, compiling the
 * data module takes about half the time (docs/performance.md).
 *
 * @example
 * const literal = jsonStringLiteral({ name: "Ja'far", native: 'جعفر' })
 * /^'[\x20-\x7e]*'$/.test(literal) && !literal.slice(1, -1).includes("'") //=> true
 * JSON.parse(Function(`return ${literal}`)()) //=> { name: "Ja'far", native: 'جعفر' }
 */
export function jsonStringLiteral(value: unknown): string {
  // ASCII JSON, with its quotes as JSON escapes too; then every backslash doubled, so
  // that the escapes reach JSON.parse rather than the JavaScript scanner.
  const json = asciiLiteral(value).replaceAll("'", '\\u0027')
  return `'${json.replaceAll('\\', '\\\\')}'`
}
