import { type FreezePlan, freezeByPlan } from '../core/freeze-by-plan'
import { RECORD_KINDS, type RecordKind } from '../core/record-kinds'
import { freezePlanOfSchema } from '../core/schema/freeze-plan-of-schema'
import { RECORD_SCHEMAS } from '../core/schema/record-schemas'
import type { CompletedRecords } from './complete-records'

let plans: Record<RecordKind, FreezePlan> | undefined

const LISTS = { engagement: 'engagements', official: 'officials', source: 'sources' } as const

/**
 * Freezes completed records all the way down, along the plans of their schemas: the
 * records passed every strict schema, so the schemas say where their objects are,
 * and no key or string of a record has to be looked at to find them. Returns the
 * same object, frozen.
 *
 * @example
 * const frozen = freezeRecords({ engagements: [structuredClone(engagements[0])], officials: [], sources: [] })
 * Object.isFrozen(frozen.engagements[0].participants[0]) //=> true
 * Object.isFrozen(frozen.engagements) //=> true
 */
export function freezeRecords(records: CompletedRecords): Readonly<CompletedRecords> {
  plans ??= Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, freezePlanOfSchema(RECORD_SCHEMAS[kind])]),
  ) as Record<RecordKind, FreezePlan>
  for (const kind of RECORD_KINDS) {
    const list = records[LISTS[kind]] as readonly unknown[]
    const plan = plans[kind]
    for (let index = 0; index < list.length; index++) freezeByPlan(list[index], plan)
    Object.freeze(list)
  }
  return Object.freeze(records)
}
