import { byCountry, byOfficial, byOrganization } from '../../index'
import { formatEngagements } from '../format-engagements'
import { type Command, single } from '../usage'

/**
 * `country <name or code>`: the engagements in which a state is a party.
 *
 * @example
 * JSON.parse(countryCommand(['Jordan'], 'json', 100)).length === byCountry('JO').length //=> true
 * countryCommand(['Atlantis'], 'table', 100) // throws UnknownCountryError
 * try { countryCommand([], 'table', 100) } catch (error) { error.message }
 * //=> 'expected a country, found nothing'
 */
export const countryCommand: Command = (args, format, width) =>
  formatEngagements(byCountry(single(args, 'a country')), format, width)

/**
 * `official <name or id>`: the engagements in which a person took part.
 *
 * @example
 * officialCommand(['Thabet al-Abbasi'], 'csv', 100) === officialCommand([official.id], 'csv', 100)
 * //=> true
 */
export const officialCommand: Command = (args, format, width) =>
  formatEngagements(byOfficial(single(args, 'a name')), format, width)

/**
 * `organization <code or name>`: the engagements in which an organization was a party.
 *
 * @example
 * const found = JSON.parse(organizationCommand(['the anti-ISIS coalition'], 'json', 100))
 * found.every((engagement) => engagement.organizations.includes('CJTF_OIR')) //=> true
 */
export const organizationCommand: Command = (args, format, width) =>
  formatEngagements(byOrganization(single(args, 'an organization')), format, width)
