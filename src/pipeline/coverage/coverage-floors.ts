/**
 * @file The coverage the dataset promises, in one place: `npm run stats`, the
 * coverage report and the data tests all read these floors.
 */

/**
 * First and last year every one of which must hold at least `perYear` engagements.
 *
 * @example
 * COVERED_YEARS.from //=> 2004
 * computeCoverage(records).floors.some((floor) => floor.label === `year ${COVERED_YEARS.to}`)
 * //=> true
 */
export const COVERED_YEARS = { from: 2004, to: 2026 } as const

/**
 * Minimum counts the dataset is held to.
 *
 * @example
 * COVERAGE_FLOORS.partners.find((partner) => partner.label === 'Iran').parties //=> ['IR']
 * computeCoverage(records).floors.every((floor) => floor.met) //=> true
 */
export const COVERAGE_FLOORS = {
  engagements: 500,
  counterparts: 30,
  perYear: 5,
  /** Engagements with each counterpart (or group of counterparts, counted once per record). */
  partners: [
    { label: 'United States', parties: ['US'], floor: 60 },
    { label: 'NATO and the anti-ISIS coalition', parties: ['NATO', 'CJTF_OIR'], floor: 30 },
    { label: 'Iran', parties: ['IR'], floor: 30 },
    { label: 'Turkey', parties: ['TR'], floor: 20 },
    { label: 'United Kingdom', parties: ['GB'], floor: 10 },
    { label: 'France', parties: ['FR'], floor: 10 },
    { label: 'Russia', parties: ['RU'], floor: 10 },
    { label: 'Jordan', parties: ['JO'], floor: 10 },
    { label: 'Saudi Arabia', parties: ['SA'], floor: 10 },
  ],
  /** Share of officials with a name in their own script, taken from a page in that script. */
  nativeNames: { iraqi: 0.9, all: 0.6 },
} as const
