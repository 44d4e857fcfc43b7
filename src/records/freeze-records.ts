import { RECORD_LIST_FREEZERS } from '../core/record-freezers.generated'
import { RECORD_KINDS } from '../core/record-kinds'
import type { CompletedRecords } from './complete-records'

const LISTS = { engagement: 'engagements', official: 'officials', source: 'sources' } as const

/**
 * Freezes completed records all the way down, with the freezers generated from their
 * schemas (`core/record-freezers.generated.ts`): the records passed every strict
 * schema, so the schemas say where their objects are, and no key or string of a
 * record has to be looked at to find them. Returns the same object, frozen.
 *
 * @example
 * const frozen = freezeRecords({ engagements: [structuredClone(engagements[0])], officials: [], sources: [] })
 * Object.isFrozen(frozen.engagements[0].participants[0]) //=> true
 * Object.isFrozen(frozen.engagements) //=> true
 */
export function freezeRecords(records: CompletedRecords): Readonly<CompletedRecords> {
  for (const kind of RECORD_KINDS) {
    RECORD_LIST_FREEZERS[kind](records[LISTS[kind]] as unknown[])
  }
  return Object.freeze(records)
}
