/**
 * @file `npx iraq-defense-engagements`: the dataset from a terminal, for analysts who
 * would rather not write code. Every answer comes from the library's own helpers;
 * the command line only parses options and prints. Each command is a small handler
 * in `commands/`.
 */
import { DatasetQueryError } from '../index'
import { COMMANDS } from './commands/commands'
import { HELP, helpFor } from './help'
import { FORMATS, type Format, UsageError } from './usage'

const isUsageMistake = (error: unknown) =>
  error instanceof DatasetQueryError ||
  error instanceof UsageError ||
  Boolean((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))

/**
 * Runs one command line and returns what to print and the exit code: 0 for an
 * answer (an empty one included), 2 for a bad command, option or query.
 *
 * @example
 * run(['country', 'Atlantis']).code //=> 2
 */
export function run(
  argv: readonly string[],
  width = 100,
): { stdout: string; stderr: string; code: number } {
  const [command = '', ...rest] = argv
  const help = helpFor(argv)
  if (help) return help
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!handler) {
    return { stdout: '', stderr: `✖ unknown command "${command}"\n\n${HELP['']}\n`, code: 2 }
  }
  try {
    const formatAt = rest.indexOf('--format')
    const format = (formatAt === -1 ? 'table' : rest[formatAt + 1]) as Format
    if (!FORMATS.includes(format)) {
      throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}`)
    }
    const args = formatAt === -1 ? rest : [...rest.slice(0, formatAt), ...rest.slice(formatAt + 2)]
    return { stdout: handler(args, format, width), stderr: '', code: 0 }
  } catch (error) {
    if (!isUsageMistake(error)) throw error
    return {
      stdout: '',
      stderr: `✖ ${(error as Error).message}\n  try: iraq-defense-engagements ${command} --help\n`,
      code: 2,
    }
  }
}
