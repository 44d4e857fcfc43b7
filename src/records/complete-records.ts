import { boundByParentVisit } from '../core/dates/bound-by-parent-visit'
import { compareEngagements } from '../core/dates/compare-engagements'
import { hasDerivedDates } from '../core/dates/derive-date-range'
import type { Engagement, EngagementInput } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'
import { withDerivedDates } from '../core/schema/primitives'
import type { Source } from '../core/schema/source'
import { compareCodeUnits } from '../core/text/compare-code-units'
import { type DateRanges, rangeOf } from '../validate/engagement-range'

/** The records in the order and shape the package ships them. */
export interface CompletedRecords {
  readonly engagements: Engagement[]
  readonly officials: Official[]
  readonly sources: Source[]
}

/**
 * Records as their schemas parsed them (defaults applied, no editor hint); an
 * engagement may or may not carry its derived dates yet.
 */
export interface ParsedRecords {
  readonly engagements: readonly (EngagementInput | Engagement)[]
  readonly officials: readonly Official[]
  readonly sources: readonly Source[]
}

/**
 * The completion step of the record pipeline, shared by the build and by
 * `createDataset` so that both ship identical records: derives
 * `startDate`/`endDate`/`precision` where they are missing, bounds children by their
 * parent visit, and sorts (engagements chronologically, officials by name, sources by
 * id). Takes records that passed validation, as the schemas parsed them, and the
 * run's date ranges (`ranges`, when the rules have filled them), so that no record and
 * no date is parsed again here.
 *
 * @example
 * completeRecords({ engagements: [], officials: [], sources: [] })
 * //=> { engagements: [], officials: [], sources: [] }
 */
export function completeRecords(parsed: ParsedRecords, ranges?: DateRanges): CompletedRecords {
  const withDates = parsed.engagements.map((engagement): Engagement => {
    if (hasDerivedDates(engagement)) return engagement as Engagement
    const range = rangeOf(engagement, ranges)
    // A date that does not parse cannot get here past validation; withDerivedDates says why.
    return range === undefined
      ? (withDerivedDates(engagement as EngagementInput) as Engagement)
      : ({ ...engagement, ...range } as Engagement)
  })
  const engagements = boundByParentVisit(withDates).sort(compareEngagements)
  const officials = [...parsed.officials].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || compareCodeUnits(a.id, b.id),
  )
  const sources = [...parsed.sources].sort((a, b) => compareCodeUnits(a.id, b.id))
  return { engagements, officials, sources }
}
