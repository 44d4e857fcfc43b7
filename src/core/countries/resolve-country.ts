import { UnknownCountryError } from '../errors'
import { editDistance, MAX_SUGGESTION_INPUT } from '../text/closest-matches'
import { lookupKey } from '../text/lookup-key'
import { ORGANIZATIONS } from '../vocabulary/vocabulary'
import type { CountryCode } from './alpha2-codes.generated'
import { COUNTRY_LOOKUP_KEYS, COUNTRY_NAME_ROWS } from './country-names.generated'

interface CountryIndex {
  readonly byKey: Map<string, CountryCode>
}

let tableIndex: CountryIndex | undefined
let platformNames: Map<CountryCode, string> | undefined

/**
 * Every text a country row is known by: its codes, its names and library aliases, and
 * the inverted form of "X, Y of" names ("Korea, Republic of" → "Republic of Korea").
 * `npm run generate` stores their lookup keys, so no query computes them.
 *
 * @example
 * countryTexts(['KR', 'KOR', 'Korea, Republic of'])
 * //=> ['KR', 'KOR', 'Korea, Republic of', 'Republic of Korea']
 */
export function countryTexts(row: readonly string[]): string[] {
  const [alpha2 = '', alpha3 = '', ...names] = row
  const inverted = names.flatMap((name) => {
    const [head, tail] = name.split(/, (?=[^,]+$)/)
    return tail ? [`${tail} ${head}`] : []
  })
  return [alpha2, alpha3, ...names, ...inverted].filter(Boolean)
}

/** The ISO table's lookup keys, prepared by `npm run generate`, as a map. */
function countryIndex(): CountryIndex {
  tableIndex ??= { byKey: new Map(COUNTRY_LOOKUP_KEYS as [string, CountryCode][]) }
  return tableIndex
}

/**
 * The platform's English short names (`Intl.DisplayNames`), added to the index as
 * more aliases. Built only when needed — for a name the ISO table does not know or
 * for display — because loading the platform's region data costs a few milliseconds.
 */
function withPlatformNames(): Map<CountryCode, string> {
  if (platformNames) return platformNames
  const displayNames = new Intl.DisplayNames(['en'], { type: 'region' })
  const { byKey } = countryIndex()
  platformNames = new Map()
  for (const [alpha2, , ...names] of COUNTRY_NAME_ROWS) {
    const code = alpha2 as CountryCode
    const platformName = displayNames.of(code)
    const shortName = platformName && platformName !== code ? platformName : (names[0] ?? code)
    platformNames.set(code, shortName)
    if (!byKey.has(lookupKey(shortName))) byKey.set(lookupKey(shortName), code)
  }
  return platformNames
}

/**
 * Resolves what a user typed to an ISO 3166-1 alpha-2 code: alpha-2 or alpha-3
 * codes, English short and official names and common aliases, in any case and with
 * or without diacritics.
 *
 * @param input - e.g. `'KR'`, `'KOR'`, `'South Korea'`, `'Korea, Republic of'`, `'turkiye'`
 * @returns the alpha-2 code
 * @throws {UnknownCountryError} when the input is not a country, with the closest matches
 *
 * @example
 * resolveCountry('Republic of Korea') //=> 'KR'
 * resolveCountry('türkiye') //=> 'TR'
 */
export function resolveCountry(input: string): CountryCode {
  if (typeof input !== 'string') throw new UnknownCountryError(input, [], 'expected a string')
  if (input.length > MAX_SUGGESTION_INPUT) {
    throw new UnknownCountryError(input, [], 'longer than any country name')
  }
  const key = lookupKey(input)
  const known = countryIndex().byKey.get(key)
  if (known) return known
  const nameOf = withPlatformNames()
  const { byKey } = countryIndex()
  const code = byKey.get(key)
  if (code) return code
  const organization = Object.keys(ORGANIZATIONS).find((name) => lookupKey(name) === key)
  const hint = organization
    ? `${organization} is an international organization, not a state; filter on engagement.organizations`
    : undefined
  // Score each known name by its distance to the input, as a whole or word by word
  // ("Koria" is one letter from the "korea" in "south korea").
  const scored = [...byKey.entries()]
    .filter(([candidate]) => candidate.length > 3)
    .map(([candidate, candidateCode]) => ({
      candidateCode,
      distance: Math.min(
        editDistance(key, candidate),
        ...candidate.split(' ').map((word) => editDistance(key, word)),
      ),
    }))
    .filter(({ distance }) => distance <= Math.max(1, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance)
  const suggestions = [...new Set(scored.map(({ candidateCode }) => candidateCode))]
    .slice(0, 4)
    .map((suggestion) => ({ code: suggestion, name: nameOf.get(suggestion) ?? suggestion }))
  throw new UnknownCountryError(input, suggestions, hint)
}

/**
 * The English short name of a country code, from the platform (`Intl.DisplayNames`).
 *
 * @example
 * countryName('KR') //=> 'South Korea'
 */
export function countryName(code: CountryCode): string {
  return withPlatformNames().get(code) ?? code
}
