import { COUNTRY_NAME_ROWS } from '../../core/countries/country-names.generated'
import type { Engagement } from '../../core/schema/engagement'
import { ORGANIZATIONS } from '../../core/vocabulary/vocabulary'
import type { CompletedRecords } from '../../records/complete-records'
import { COVERAGE_FLOORS, COVERED_YEARS } from './coverage-floors'

/** A count with the floor it is held to. */
export interface FloorCheck {
  readonly label: string
  readonly count: number
  readonly floor: number
  readonly met: boolean
  /** False for a target that is reported but does not fail the data tests yet. */
}

/** Everything the coverage report and `npm run stats` print. */
export interface Coverage {
  readonly totals: { engagements: number; officials: number; sources: number }
  readonly firstYear: string
  readonly lastYear: string
  /** Counterpart code → display name → engagements, most engaged first. */
  readonly counterparts: readonly { code: string; name: string; count: number }[]
  readonly byYear: Readonly<Record<string, number>>
  /** Counterpart code → year → engagements. */
  readonly byCounterpartYear: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly byType: Readonly<Record<string, number>>
  readonly byPrecision: Readonly<Record<string, number>>
  readonly qualified: { uncertain: number; approximate: number; openEnded: number }
  readonly byIraqiOfficial: readonly { id: string; name: string; count: number }[]
  readonly nativeNames: { iraqi: [number, number]; all: [number, number] }
  readonly floors: readonly FloorCheck[]
}

const yearOf = (engagement: Engagement) =>
  (engagement.startDate ?? engagement.endDate ?? engagement.date).slice(0, 4)

const counterpartsOf = (engagement: Engagement) => [
  ...engagement.countries.filter((code) => code !== 'IQ'),
  ...engagement.organizations,
]

/**
 * A short, stable English name from the ISO table (the platform's names vary by Node
 * version): its first name when that is short and plain ("United Kingdom"), otherwise
 * the shortest name that is not an abbreviation or an inverted "X, Y of" form.
 */
function nameOf(code: string): string {
  if (code in ORGANIZATIONS) return code.replace('_', '-')
  const names = COUNTRY_NAME_ROWS.find(([alpha2]) => alpha2 === code)?.slice(2) ?? []
  const plain = (name: string) => /[a-z]/.test(name) && !/[,.]/.test(name)
  const [first] = names
  if (first !== undefined && plain(first) && first.length <= 15 && !first.includes(' of ')) {
    return first
  }
  return names.filter(plain).sort((a, b) => a.length - b.length)[0] ?? first ?? code
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1
}

const byCountDesc = <T extends { count: number; name: string }>(a: T, b: T) =>
  b.count - a.count || a.name.localeCompare(b.name, 'en')

/**
 * Counts the shipped records every way the coverage report shows them, and checks
 * them against the floors in `coverage-floors.ts`.
 *
 * @example
 * computeCoverage(records).totals.engagements === records.engagements.length
 * //=> true
 */
export function computeCoverage(records: CompletedRecords): Coverage {
  const { engagements, officials, sources } = records
  const byYear: Record<string, number> = {}
  const byType: Record<string, number> = {}
  const byPrecision: Record<string, number> = {}
  const perCounterpart: Record<string, number> = {}
  const byCounterpartYear: Record<string, Record<string, number>> = {}
  const byOfficial: Record<string, number> = {}
  const qualified = { uncertain: 0, approximate: 0, openEnded: 0 }
  for (const engagement of engagements) {
    const year = yearOf(engagement)
    increment(byYear, year)
    increment(byType, engagement.type)
    increment(byPrecision, engagement.precision)
    if (engagement.date.includes('?') || engagement.date.includes('%')) qualified.uncertain++
    if (engagement.date.includes('~') || engagement.date.includes('%')) qualified.approximate++
    if (engagement.startDate === null || engagement.endDate === null) qualified.openEnded++
    for (const code of counterpartsOf(engagement)) {
      increment(perCounterpart, code)
      byCounterpartYear[code] ??= {}
      increment(byCounterpartYear[code], year)
    }
    for (const participant of engagement.participants) {
      if (participant.side === 'iraq') increment(byOfficial, participant.officialId)
    }
  }
  const officialById = new Map(officials.map((official) => [official.id, official]))
  const iraqi = officials.filter((official) => official.country === 'IQ')
  const withNative = (list: typeof officials) =>
    list.filter((official) => official.nativeName !== undefined).length
  const years = Object.keys(byYear).sort()
  const floors: FloorCheck[] = []
  const check = (label: string, count: number, floor: number) =>
    floors.push({ label, count, floor, met: count >= floor })
  check('engagements', engagements.length, COVERAGE_FLOORS.engagements)
  check('counterparts', Object.keys(perCounterpart).length, COVERAGE_FLOORS.counterparts)
  for (let year = COVERED_YEARS.from; year <= COVERED_YEARS.to; year++) {
    check(`year ${year}`, byYear[String(year)] ?? 0, COVERAGE_FLOORS.perYear)
  }
  for (const { label, parties, floor } of COVERAGE_FLOORS.partners) {
    const count = engagements.filter((engagement) =>
      counterpartsOf(engagement).some((code) => (parties as readonly string[]).includes(code)),
    ).length
    check(label, count, floor)
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
  const nativeNames = {
    iraqi: [withNative(iraqi), iraqi.length] as [number, number],
    all: [withNative(officials), officials.length] as [number, number],
  }
  const percent = (value: number) => Math.round(value * 100)
  check(
    'Iraqi officials with a native-script name (%)',
    percent(share(...nativeNames.iraqi)),
    percent(COVERAGE_FLOORS.nativeNames.iraqi),
  )
  check(
    'all officials with a native-script name (%)',
    percent(share(...nativeNames.all)),
    percent(COVERAGE_FLOORS.nativeNames.all),
  )
  return {
    totals: {
      engagements: engagements.length,
      officials: officials.length,
      sources: sources.length,
    },
    firstYear: years[0] ?? '',
    lastYear: years.at(-1) ?? '',
    counterparts: Object.entries(perCounterpart)
      .map(([code, count]) => ({ code, name: nameOf(code), count }))
      .sort(byCountDesc),
    byYear,
    byCounterpartYear,
    byType,
    byPrecision,
    qualified,
    byIraqiOfficial: Object.entries(byOfficial)
      .map(([id, count]) => ({ id, name: officialById.get(id)?.name ?? id, count }))
      .sort(byCountDesc),
    nativeNames,
    floors,
  }
}
