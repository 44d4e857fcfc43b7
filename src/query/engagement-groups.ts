import type { Engagement } from '../core/schema/engagement'
import { type PackedTable, type PositionsByKey, packTable, positionsReader } from './packed-table'

/** Positions of engagements (in the dataset's order) by a key. */
export type GroupPositions = PositionsByKey

/**
 * The engagements by country, by official and by organization, as positions in packed
 * tables (`packed-table.ts`): the build writes them as strings that a first query
 * reads in place.
 */
export interface PreparedGroups {
  readonly byCountry: PackedTable
  readonly byOfficial: PackedTable
  readonly byOrganization: PackedTable
}

/** The engagements under one key, frozen and in the dataset's (chronological) order. */
export interface GroupLookup {
  get(key: string): readonly Engagement[] | undefined
}

/**
 * What each grouping reads from an engagement.
 *
 * @example
 * GROUP_KEYS.byCountry({ countries: ['IQ', 'KR'] } as Engagement) //=> ['IQ', 'KR']
 */
export const GROUP_KEYS = {
  byCountry: (engagement: Engagement) => engagement.countries,
  byOfficial: (engagement: Engagement) =>
    engagement.participants.map((participant) => participant.officialId),
  byOrganization: (engagement: Engagement) => engagement.organizations,
} as const

/**
 * The positions of the engagements under each key that `keysOf` gives. A key listed
 * twice in one record (one person in two roles) lists it once.
 *
 * @example
 * groupPositions(engagements, GROUP_KEYS.byCountry).get('IQ')?.length === engagements.length //=> true
 */
export function groupPositions(
  engagements: readonly Engagement[],
  keysOf: (engagement: Engagement) => readonly string[],
): GroupPositions {
  const groups = new Map<string, number[]>()
  engagements.forEach((engagement, position) => {
    for (const key of keysOf(engagement)) {
      const group = groups.get(key)
      if (group === undefined) groups.set(key, [position])
      else if (group[group.length - 1] !== position) group.push(position)
    }
  })
  return groups
}

/**
 * All three groupings, as the build writes them for the shipped engagements.
 *
 * @example
 * Object.keys(prepareGroups(engagements)) //=> ['byCountry', 'byOfficial', 'byOrganization']
 */
export function prepareGroups(engagements: readonly Engagement[]): PreparedGroups {
  return {
    byCountry: packTable(groupPositions(engagements, GROUP_KEYS.byCountry)),
    byOfficial: packTable(groupPositions(engagements, GROUP_KEYS.byOfficial)),
    byOrganization: packTable(groupPositions(engagements, GROUP_KEYS.byOrganization)),
  }
}

/**
 * Reads a grouping in place: the list for a key is made, frozen and remembered the
 * first time it is asked for, so a first query builds one list, not every list.
 *
 * @example
 * const countries = groupLookup(prepareGroups(engagements).byCountry, engagements)
 * countries.get('KR') === countries.get('KR') //=> true
 */
export function groupLookup(
  positions: PackedTable | GroupPositions,
  engagements: readonly Engagement[],
): GroupLookup {
  const positionsOf = positionsReader(positions)
  const made = new Map<string, readonly Engagement[]>()
  return {
    get(key) {
      let group = made.get(key)
      if (group === undefined) {
        const found = positionsOf(key)
        if (found === undefined) return undefined
        group = Object.freeze(found.map((position) => engagements[position] as Engagement))
        made.set(key, group)
      }
      return group
    },
  }
}
