/**
 * A strict RFC 4180 parser for tests: CRLF record ends, quoted fields with doubled
 * quotes. Throws on anything else, so a malformed file fails the test.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let index = 0
  let quoted = false
  while (index < text.length) {
    const char = text[index] as string
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 2
      } else if (char === '"') {
        quoted = false
        index++
      } else {
        field += char
        index++
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${index}`)
      quoted = true
      index++
    } else if (char === ',') {
      row.push(field)
      field = ''
      index++
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index += 2
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${index}`)
    } else {
      field += char
      index++
    }
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the file does not end with CRLF')
  return rows
}
