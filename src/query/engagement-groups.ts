import type { Engagement } from '../core/schema/engagement'

/** Positions of engagements (in the dataset's order) by a key: a plain object, so JSON carries it. */
export type GroupPositions = Readonly<Record<string, readonly number[]>>

/** The engagements by country, by official and by organization, as positions. */
export interface PreparedGroups {
  readonly byCountry: GroupPositions
  readonly byOfficial: GroupPositions
  readonly byOrganization: GroupPositions
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
 * groupPositions(engagements, GROUP_KEYS.byCountry).IQ?.length === engagements.length //=> true
 */
export function groupPositions(
  engagements: readonly Engagement[],
  keysOf: (engagement: Engagement) => readonly string[],
): GroupPositions {
  // Null prototype: a key can never reach Object.prototype ("constructor").
  const groups = Object.create(null) as Record<string, number[]>
  engagements.forEach((engagement, position) => {
    for (const key of keysOf(engagement)) {
      const group = groups[key]
      if (group === undefined) groups[key] = [position]
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
    byCountry: groupPositions(engagements, GROUP_KEYS.byCountry),
    byOfficial: groupPositions(engagements, GROUP_KEYS.byOfficial),
    byOrganization: groupPositions(engagements, GROUP_KEYS.byOrganization),
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
  positions: GroupPositions,
  engagements: readonly Engagement[],
): GroupLookup {
  const made = new Map<string, readonly Engagement[]>()
  return {
    get(key) {
      let group = made.get(key)
      if (group === undefined && Object.hasOwn(positions, key)) {
        group = Object.freeze(
          (positions[key] as readonly number[]).map(
            (position) => engagements[position] as Engagement,
          ),
        )
        made.set(key, group)
      }
      return group
    },
  }
}
