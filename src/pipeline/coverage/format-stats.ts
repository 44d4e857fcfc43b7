import type { Coverage } from './compute-coverage'

/**
 * The headline figures `npm run stats` prints: totals, the largest counterparts and
 * every floor with whether it is met.
 *
 * @example
 * formatStats(computeCoverage(records)).startsWith(`${records.engagements.length} engagements (2004–`)
 * //=> true
 */
export function formatStats(coverage: Coverage): string {
  const { totals, floors } = coverage
  const unmet = floors.filter((floor) => !floor.met)
  const top = coverage.counterparts
    .slice(0, 12)
    .map(({ name, count }) => `${name} ${count}`)
    .join(', ')
  const years = Object.entries(coverage.byYear)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, count]) => `${year} ${count}`)
    .join(', ')
  return [
    `${totals.engagements} engagements (${coverage.firstYear}–${coverage.lastYear}), ${coverage.counterparts.length} counterparts, ${totals.officials} officials, ${totals.sources} sources`,
    `largest counterparts: ${top}`,
    `by year: ${years}`,
    unmet.length === 0
      ? `✔ all ${floors.length} coverage floors met`
      : `✖ ${unmet.length} coverage floors not met: ${unmet.map(({ label, count, floor }) => `${label} ${count} < ${floor}`).join('; ')}`,
    'details: docs/coverage.md',
  ].join('\n')
}
