import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import { EngagementInputSchema, EngagementSchema } from '../../../src/core/schema/engagement'
import { OfficialSchema } from '../../../src/core/schema/official'
import {
  parseEngagementInputRecord,
  parseEngagementRecord,
  parseOfficialRecord,
  parseSourceRecord,
} from '../../../src/core/schema/record-parsers.generated'
import { SourceSchema } from '../../../src/core/schema/source'
import { engagements, officials, sources } from '../../../src/index'

type Container = Record<string | number, unknown>

const inputOf = ({
  startDate: _s,
  endDate: _e,
  precision: _p,
  ...input
}: (typeof engagements)[0]) => input

/** Real records of every shape, with the schema and generated parser each is checked with. */
const SUBJECTS: readonly [z.ZodType, (value: unknown) => unknown, readonly unknown[]][] = [
  [EngagementInputSchema, parseEngagementInputRecord, engagements.map(inputOf)],
  [EngagementSchema, parseEngagementRecord, engagements],
  [OfficialSchema, parseOfficialRecord, officials],
  [SourceSchema, parseSourceRecord, sources],
]

/** Every place in a value a mutation can hit: each own key of each object and array, the root's too. */
function slotsOf(value: unknown, slots: [Container, string | number][] = []) {
  if (typeof value !== 'object' || value === null) return slots
  for (const key of Object.keys(value)) {
    const at = Array.isArray(value) ? Number(key) : key
    slots.push([value as Container, at])
    slotsOf((value as Container)[at], slots)
  }
  return slots
}

class Held {}

const WRONG = [1, 0, Number.NaN, null, true, {}, [], 'x', '', 10n, Symbol('s'), () => 'f']
const BAD_TEXT = ['2021-02-30', 'November 2020', '2020-13', 'eng_ABCDEF', 'off_4k2m9q', 'iq', 'XX']

/** The mutations, each a way a record passed to createDataset can be wrong or unusual. */
const MUTATIONS = {
  drop: (at: Container, key: string | number) => {
    if (typeof key === 'number') (at as unknown as unknown[]).splice(key, 1)
    else delete at[key]
  },
  undefined: (at: Container, key: string | number) => {
    at[key] = undefined
  },
  wrongType: (at: Container, key: string | number, pick: number) => {
    at[key] = WRONG[pick % WRONG.length]
  },
  badText: (at: Container, key: string | number, pick: number) => {
    at[key] = BAD_TEXT[pick % BAD_TEXT.length]
  },
  text: (at: Container, key: string | number, _pick: number, text: string) => {
    at[key] = text
  },
  untrimmed: (at: Container, key: string | number, pick: number) => {
    const value = at[key]
    if (typeof value === 'string') at[key] = pick % 2 ? ` ${value}` : `${value}\n`
  },
  unknownKey: (at: Container, _key: string | number, pick: number) => {
    if (!Array.isArray(at)) at[['extra', '__proto__', 'constructor'][pick % 3] as string] = pick
  },
  duplicate: (at: Container, key: string | number) => {
    const value = at[key]
    if (Array.isArray(value) && value.length > 0) at[key] = [...value, value[0]]
  },
  getter: (at: Container, key: string | number, pick: number) => {
    // With a setter too, so that later mutations can still write through it.
    let value = at[key]
    Object.defineProperty(at, key, {
      get: () => value,
      set: (next) => {
        value = next
      },
      enumerable: pick % 2 === 0,
      configurable: true,
    })
  },
  hidden: (at: Container, key: string | number) => {
    Object.defineProperty(at, key, { value: at[key], enumerable: false, configurable: true })
  },
  classInstance: (at: Container, key: string | number) => {
    const value = at[key]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      at[key] = Object.assign(new Held(), value)
    }
  },
  inherited: (at: Container, key: string | number) => {
    const value = at[key]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      at[key] = Object.assign(Object.create({ note: 'inherited', title: 'inherited' }), value)
    }
  },
  nullPrototype: (at: Container, key: string | number) => {
    const value = at[key]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      at[key] = Object.assign(Object.create(null), value)
    }
  },
  hole: (at: Container, key: string | number, pick: number) => {
    const value = at[key]
    if (!Array.isArray(value)) return
    const holey = [...value]
    if (pick % 2 === 0 || holey.length === 0) holey.length += 1
    else delete holey[0]
    at[key] = holey
  },
  nest: (at: Container, key: string | number, pick: number) => {
    at[key] = pick % 2 ? [at[key]] : { value: at[key] }
  },
  arrayLike: (at: Container, key: string | number) => {
    const value = at[key]
    if (Array.isArray(value)) at[key] = { ...value, length: value.length }
  },
} as const

const mutation = fc.record({
  kind: fc.constantFrom(...(Object.keys(MUTATIONS) as (keyof typeof MUTATIONS)[])),
  slot: fc.nat(),
  pick: fc.nat(),
  text: fc.oneof(fc.string(), fc.constantFrom('IQ', 'eng_4k2m9q', 'src_q81zzk', '2020-11', 'day')),
})

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

const subject = fc.record({
  which: fc.nat({ max: SUBJECTS.length - 1 }),
  record: fc.nat(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
})

/** A fresh, mutable copy of a real record with the mutations applied, each at a slot of its own. */
function mutated(record: unknown, mutations: readonly Mutation[]) {
  const root: Container = { record: structuredClone(record) }
  for (const { kind, slot, pick, text } of mutations) {
    const slots = slotsOf(root)
    if (slots.length === 0) break // the record itself was dropped
    const [at, key] = slots[slot % slots.length] as [Container, string | number]
    MUTATIONS[kind](at, key, pick, text)
  }
  return root.record
}

describe('the generated record parsers, on mutated real records', () => {
  it('never accept what zod rejects, and copy what zod would return', () => {
    const outcomes = { accepted: 0, refused: 0 }
    fc.assert(
      fc.property(subject, ({ which, record, mutations }) => {
        const [schema, parse, records] = SUBJECTS[which] as (typeof SUBJECTS)[number]
        const value = mutated(records[record % records.length], mutations)
        const copy = parse(value)
        if (copy === undefined) {
          outcomes.refused++
          return
        }
        outcomes.accepted++
        const result = schema.safeParse(value)
        expect(result.success).toBe(true)
        expect(copy).toEqual(result.data)
      }),
      { numRuns: 4000, seed: 20261201 },
    )
    // Both sides must be exercised for the property to say anything.
    expect(outcomes.accepted).toBeGreaterThan(400)
    expect(outcomes.refused).toBeGreaterThan(400)
  })
})
