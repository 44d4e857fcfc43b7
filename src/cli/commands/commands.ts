import type { Command } from '../usage'
import { countryCommand, officialCommand, organizationCommand } from './by-one'
import { officialsCommand } from './officials'
import { searchCommand } from './search'
import { showCommand } from './show'
import { countriesCommand, statsCommand } from './stats'
import { timelineCommand } from './timeline'

/**
 * Every command of `npx iraq-defense-engagements`, by name; `help.ts` documents each.
 *
 * @example
 * COMMANDS.country === countryCommand //=> true
 * COMMANDS.stats([], 'csv', 100).startsWith('key,count\r\n') //=> true
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  timeline: timelineCommand,
  country: countryCommand,
  official: officialCommand,
  organization: organizationCommand,
  search: searchCommand,
  show: showCommand,
  stats: statsCommand,
  countries: countriesCommand,
  officials: officialsCommand,
}
