import { parseArgs } from 'node:util'
import { search } from '../../index'
import { formatEngagements } from '../format-engagements'
import { type Command, UsageError } from '../usage'

/**
 * `search <words…>`: the engagements whose words contain every word given, best first.
 *
 * @example
 * const found = JSON.parse(searchCommand(['Caracal', 'helicopters'], 'json', 100))
 * found.every((engagement) => /caracal/i.test(JSON.stringify(engagement))) //=> true
 * try { searchCommand([], 'table', 100) } catch (error) { error.message }
 * //=> 'expected words to search for'
 */
export const searchCommand: Command = (args, format, width) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} })
  if (positionals.length === 0) throw new UsageError('expected words to search for')
  return formatEngagements(search(positionals.join(' ')), format, width)
}
