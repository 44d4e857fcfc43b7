/** The fields that place an engagement in time and inside a visit. */
export interface BoundableRecord {
  readonly id: string
  readonly parentId?: string | undefined
  readonly startDate: string | null
  readonly endDate: string | null
}

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b
const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b

/**
 * Narrows the derived `startDate`/`endDate` of every engagement inside a visit
 * to the visit's own days: a meeting known only to "February 2021" that took
 * place during a 24–27 February visit can only have happened on the 24th to the
 * 27th, so queries must never place it outside them. `date` and `precision` keep
 * what the sources say; only the derived range narrows. Records without a parent,
 * or whose ranges do not overlap their parent's (a validation error reported
 * elsewhere), are returned unchanged.
 *
 * @param records - engagements with derived dates, in any order
 * @returns the same records in the same order, children narrowed to their visit
 *
 * @example
 * boundByParentVisit([
 *   { id: 'eng_visit1', startDate: '2021-02-24', endDate: '2021-02-27' },
 *   { id: 'eng_meet01', parentId: 'eng_visit1', startDate: '2021-02-01', endDate: '2021-02-28' },
 * ])[1]
 * //=> { id: 'eng_meet01', parentId: 'eng_visit1', startDate: '2021-02-24', endDate: '2021-02-27' }
 */
export function boundByParentVisit<T extends BoundableRecord>(records: readonly T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]))
  return records.map((record) => {
    const parent = record.parentId === undefined ? undefined : byId.get(record.parentId)
    if (!parent) return record
    const startDate = later(record.startDate, parent.startDate)
    const endDate = earlier(record.endDate, parent.endDate)
    if (startDate !== null && endDate !== null && startDate > endDate) return record
    if (startDate === record.startDate && endDate === record.endDate) return record
    return { ...record, startDate, endDate }
  })
}
