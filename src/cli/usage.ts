import { parseArgs } from 'node:util'

/**
 * The output formats every command accepts with `--format`.
 *
 * @example
 * FORMATS //=> ['table', 'json', 'ndjson', 'csv', 'tsv']
 */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const

/** One of the output formats. */
export type Format = (typeof FORMATS)[number]

/** A command: its arguments (without `--format`) in, the text to print out. */
export type Command = (args: string[], format: Format, width: number) => string

/**
 * A mistake in how the command was called: printed with a hint, exit code 2.
 *
 * @example
 * try { single(['IR', 'TR'], 'a country') } catch (error) { [error instanceof UsageError, error.name] }
 * //=> [true, 'UsageError']
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * The one positional argument a command takes ("a country", "an id").
 *
 * @throws {UsageError} when there is none, or more than one
 *
 * @example
 * single(['IR'], 'a country') //=> 'IR'
 */
export function single(args: string[], what: string): string {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} })
  if (positionals.length !== 1) {
    throw new UsageError(
      `expected ${what}, found ${positionals.length === 0 ? 'nothing' : positionals.join(' ')}`,
    )
  }
  return positionals[0] as string
}

/**
 * Rows as tab-separated lines, with tabs and line breaks inside a cell made spaces.
 *
 * @example
 * toTsv([['a', 'b c'], ['1', null]]) //=> 'a\tb c\n1\t\n'
 */
export const toTsv = (rows: readonly (readonly unknown[])[]): string =>
  rows
    .map(
      (row) => `${row.map((value) => String(value ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`,
    )
    .join('')
