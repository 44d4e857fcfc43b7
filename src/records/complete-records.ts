import { boundByParentVisit } from '../core/dates/bound-by-parent-visit'
import { compareEngagements } from '../core/dates/compare-engagements'
import { hasDerivedDates } from '../core/dates/derive-date-range'
import { type Engagement, EngagementInputSchema, EngagementSchema } from '../core/schema/engagement'
import { type Official, OfficialSchema } from '../core/schema/official'
import { withDerivedDates } from '../core/schema/primitives'
import { type Source, SourceSchema } from '../core/schema/source'

/** The records in the order and shape the package ships them. */
export interface CompletedRecords {
  readonly engagements: Engagement[]
  readonly officials: Official[]
  readonly sources: Source[]
}

/** Raw records of each kind, without the editor's `$schema` hint. */
export interface RawRecords {
  readonly engagements: readonly unknown[]
  readonly officials: readonly unknown[]
  readonly sources: readonly unknown[]
}

/**
 * The one record pipeline after validation, shared by the build and by
 * `createDataset` so that both ship identical records: applies defaults, derives
 * `startDate`/`endDate`/`precision` (bounded by the parent visit), checks the
 * result against the record schemas and sorts (engagements chronologically,
 * officials by name, sources by id). Call only on records that passed validation.
 *
 * @example
 * completeRecords({ engagements: [], officials: [], sources: [] })
 * //=> { engagements: [], officials: [], sources: [] }
 */
export function completeRecords(raw: RawRecords): CompletedRecords {
  const withDates = raw.engagements.map((value) =>
    hasDerivedDates(value)
      ? (value as Engagement)
      : withDerivedDates(EngagementInputSchema.parse(value)),
  )
  const engagements = boundByParentVisit(withDates)
    .map((value) => EngagementSchema.parse(value))
    .sort(compareEngagements)
  const officials = raw.officials
    .map((value) => OfficialSchema.parse(value))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
  const sources = raw.sources
    .map((value) => SourceSchema.parse(value))
    .sort((a, b) => a.id.localeCompare(b.id))
  return { engagements, officials, sources }
}
