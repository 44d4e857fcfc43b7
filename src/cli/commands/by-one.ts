import { byCountry, byOfficial, byOrganization } from '../../index'
import { formatEngagements } from '../format-engagements'
import { type Command, single } from '../usage'

/** `country <name or code>`: the engagements in which a state is a party. */
export const countryCommand: Command = (args, format, width) =>
  formatEngagements(byCountry(single(args, 'a country')), format, width)

/** `official <name or id>`: the engagements in which a person took part. */
export const officialCommand: Command = (args, format, width) =>
  formatEngagements(byOfficial(single(args, 'a name')), format, width)

/** `organization <code or name>`: the engagements in which an organization was a party. */
export const organizationCommand: Command = (args, format, width) =>
  formatEngagements(byOrganization(single(args, 'an organization')), format, width)
