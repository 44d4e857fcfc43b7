import { parseArgs } from 'node:util'
import { timeline } from '../../index'
import { formatEngagements } from '../format-engagements'
import type { Command } from '../usage'

/**
 * `timeline [--from] [--to] [filters…]`: the engagements matching every filter, in order.
 *
 * @example
 * const found = JSON.parse(timelineCommand(['--country', 'TR', '--type', 'visit'], 'json', 100))
 * found.length === timeline({ country: 'TR', type: ['visit'] }).length //=> true
 * timelineCommand(['--colour', 'red'], 'table', 100) // throws TypeError, an unknown option
 */
export const timelineCommand: Command = (args, format, width) => {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      country: { type: 'string' },
      official: { type: 'string' },
      organization: { type: 'string' },
      system: { type: 'string' },
      topic: { type: 'string', multiple: true },
      'participant-side': { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      order: { type: 'string' },
    },
  })
  const { 'participant-side': participantSide, ...rest } = values
  const options = participantSide === undefined ? rest : { ...rest, participantSide }
  // Without groupBy, timeline answers with engagements.
  const found = timeline(options as Parameters<typeof timeline>[0] & { groupBy?: undefined })
  return formatEngagements(found, format, width)
}
