/**
 * Writes a JSON value (a text, a list, an object) as a JavaScript literal of printable
 * ASCII: JSON's own escapes, plus a `\u` escape for every character outside ASCII. The
 * build writes the prepared name index this way, as plain constants that cost nothing
 * to read at run time; the module source stays ASCII, which V8 scans fastest.
 *
 * @example
 * asciiLiteral('0\tجعفر') //=> '"0\\t\\u062c\\u0639\\u0641\\u0631"'
 * Function(`return ${asciiLiteral('0\tجعفر')}`)() //=> '0\tجعفر'
 * asciiLiteral([1, 'é']) //=> '[1,"\\u00e9"]'
 */
export function asciiLiteral(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
