import { UnknownCountryError } from '../errors'
import { editDistance, MAX_SUGGESTION_INPUT } from '../text/closest-matches'
import { lookupKey } from '../text/lookup-key'
import { ORGANIZATIONS } from '../vocabulary/vocabulary'
import type { CountryCode } from './alpha2-codes.generated'
import { COUNTRY_NAME_ROWS } from './country-names.generated'

interface CountryIndex {
  readonly byKey: Map<string, CountryCode>
}

let tableIndex: CountryIndex | undefined
let platformNames: Map<CountryCode, string> | undefined

/** Built on first use from the ISO table: codes, names, library aliases and inverted "X, Y of" forms. */
function countryIndex(): CountryIndex {
  if (tableIndex) return tableIndex
  const byKey = new Map<string, CountryCode>()
  for (const [alpha2, alpha3, ...names] of COUNTRY_NAME_ROWS) {
    const code = alpha2 as CountryCode
    const inverted = names.flatMap((name) => {
      const [head, tail] = name.split(/, (?=[^,]+$)/)
      return tail ? [`${tail} ${head}`] : []
    })
    for (const key of [code, alpha3 ?? '', ...names, ...inverted]) {
      if (key) byKey.set(lookupKey(key), code)
    }
  }
  tableIndex = { byKey }
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
