/** A CSV cell: text, a number, or nothing (written as an empty field). */
export type CsvValue = string | number | null | undefined

const needsQuotes = /[",\r\n]/

/**
 * One field, quoted as RFC 4180 requires: fields holding a comma, a double quote or
 * a line break are wrapped in double quotes, and inner quotes are doubled.
 *
 * @example
 * csvField('Iran, Islamic Republic of') //=> '"Iran, Islamic Republic of"'
 * csvField('the "Khatami" spelling') //=> '"the ""Khatami"" spelling"'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * An RFC 4180 CSV document: a header row, then one row per record, every line
 * ended by CRLF, columns in the given order.
 *
 * @example
 * toCsv(['id', 'name'], [['off_1', 'Amir Hatami']])
 * //=> 'id,name\r\noff_1,Amir Hatami\r\n'
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [columns, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
