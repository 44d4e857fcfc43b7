import { boundByParentVisit } from '../../core/dates/bound-by-parent-visit'
import { overlaps } from '../../core/dates/day-ranges'
import type { LintIssue } from '../../core/issue'
import type { RecordFile } from '../../core/record-kinds'
import { compareCodeUnits } from '../../core/text/compare-code-units'
import { arrayAt, fieldAt, filesOfKind, type LintRule, stringAt } from '../context'
import { type DateRanges, rangeOf } from '../engagement-range'
import { eventKey } from './no-duplicate-events'

interface Candidate {
  readonly file: string
  readonly id: string
  readonly parentId: string | undefined
  readonly startDate: string | null
  readonly endDate: string | null
  /** Each officialId once. */
  readonly people: readonly string[]
  /** Where the record stands among the engagements, to report pairs in file order. */
  readonly position: number
  /** The record, for the fields only a pair under suspicion needs (`pairFieldsOf`). */
  readonly value: unknown
}

/** What deciding on a suspected pair needs: read only for the few records in one. */
interface PairFields {
  /** Exact duplicates are no-duplicate-events' to report; this rule looks for near ones. */
  readonly eventKey: string | undefined
  /** People on each side: two meetings inside one visit share only one side's people. */
  readonly iraqiPeople: readonly string[]
  readonly foreignPeople: readonly string[]
  readonly distinctFrom: readonly string[]
}

/** The distinct strings of a list, in order (lists here hold a handful of items). */
function distinct(items: readonly (string | undefined)[]): string[] {
  const found: string[] = []
  for (const item of items) if (item !== undefined && !found.includes(item)) found.push(item)
  return found
}

/** Each officialId of the participants once, in order. */
function officialIdsOf(participants: readonly unknown[]): string[] {
  const ids: string[] = []
  for (let index = 0; index < participants.length; index++) {
    const id = stringAt(participants[index], 'officialId')
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  return ids
}

function candidateOf(
  { file, value }: RecordFile,
  position: number,
  ranges: DateRanges | undefined,
): Candidate | undefined {
  const id = stringAt(value, 'id')
  const range = rangeOf(value, ranges)
  if (id === undefined || !range) return undefined
  return {
    file,
    id,
    parentId: stringAt(value, 'parentId'),
    startDate: range.startDate,
    endDate: range.endDate,
    people: officialIdsOf(arrayAt(fieldAt(value, 'participants'))),
    position,
    value,
  }
}

/** The parties of a record other than Iraq, each once, in order. */
function counterpartsOf(value: unknown): string[] {
  const found: string[] = []
  for (const field of ['countries', 'organizations']) {
    const parties = arrayAt(fieldAt(value, field))
    for (let index = 0; index < parties.length; index++) {
      const party = String(parties[index])
      if (party !== 'IQ' && !found.includes(party)) found.push(party)
    }
  }
  return found
}

function pairFieldsOf(value: unknown): PairFields {
  return {
    eventKey: eventKey(value),
    iraqiPeople: peopleOnSide(value, (side) => side === 'iraq'),
    foreignPeople: peopleOnSide(value, (side) => side !== 'iraq'),
    distinctFrom: distinct(
      arrayAt(fieldAt(value, 'distinctFrom')).map((entry) => stringAt(entry, 'id')),
    ),
  }
}

function peopleOnSide(value: unknown, onSide: (side: string | undefined) => boolean) {
  return distinct(
    arrayAt(fieldAt(value, 'participants')).map((participant) =>
      onSide(stringAt(participant, 'side')) ? stringAt(participant, 'officialId') : undefined,
    ),
  )
}

/** The first item of `a` that `b` has too. */
const shares = (a: readonly string[], b: readonly string[]) => a.find((item) => b.includes(item))

/** A record marked distinct from a visit is distinct from the events inside it too. */
const markedDistinct = (a: PairFields, b: Candidate) =>
  a.distinctFrom.includes(b.id) || (b.parentId !== undefined && a.distinctFrom.includes(b.parentId))

/**
 * A visit and an engagement inside it; two events of one visit that do not share
 * people on both sides (a delegation meets several hosts, or a visitor several Iraqi
 * officials); or two records a reviewer marked as distinct.
 */
const intendedPair = (a: Candidate, b: Candidate, fieldsOf: (c: Candidate) => PairFields) => {
  if (a.parentId === b.id || b.parentId === a.id) return true
  const aFields = fieldsOf(a)
  const bFields = fieldsOf(b)
  return (
    aFields.eventKey === bFields.eventKey ||
    (a.parentId !== undefined &&
      a.parentId === b.parentId &&
      (shares(aFields.iraqiPeople, bFields.iraqiPeople) === undefined ||
        shares(aFields.foreignPeople, bFields.foreignPeople) === undefined)) ||
    markedDistinct(aFields, b) ||
    markedDistinct(bFields, a)
  )
}

/**
 * Flags two engagements with the same counterpart, overlapping dates and a shared
 * participant: usually one event reported by several relay sites on different days,
 * which belongs in one record with several sources. A visit and an engagement
 * inside it are not flagged; two events that really are distinct (two meetings of
 * the same people in one month) say so with `distinctFrom` on either record.
 *
 * @example
 * const participants = [{ officialId: 'off_iraq01', side: 'iraq' }]
 * const files = [
 *   { id: 'eng_aaaaaa', date: '2020-11-13/2020-11-15', countries: ['IQ', 'IR'], participants },
 *   { id: 'eng_bbbbbb', date: '2020-11-14', countries: ['IQ', 'IR'], participants },
 * ].map((value) => ({ file: `${value.id}.json`, kind: 'engagement', value }))
 * noRelayDuplicatesRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['may describe the same event as eng_aaaaaa (IR, overlapping dates, both with off_iraq01)']
 */
export const noRelayDuplicatesRule: LintRule = {
  name: 'no-relay-duplicates',
  description: 'No two engagements share a counterpart, dates and a participant.',
  scope: 'dataset',
  check(context) {
    // Ranges narrowed to the parent visit, as the build ships them.
    const candidates = boundByParentVisit(
      filesOfKind(context, 'engagement').flatMap(
        (file, position) => candidateOf(file, position, context.ranges) ?? [],
      ),
    )
    const byPerson = new Map<string, Candidate[]>()
    for (const candidate of candidates) {
      for (const person of candidate.people) {
        const group = byPerson.get(person)
        if (group) group.push(candidate)
        else byPerson.set(person, [candidate])
      }
    }
    // Most records are never in a suspected pair: read their other fields only if they
    // are, and their counterparts, which rule out most pairs, before the rest.
    const pairFields = new Map<Candidate, PairFields>()
    const fieldsOf = (candidate: Candidate) => {
      let fields = pairFields.get(candidate)
      if (fields === undefined) {
        fields = pairFieldsOf(candidate.value)
        pairFields.set(candidate, fields)
      }
      return fields
    }
    const counterparts = new Map<Candidate, readonly string[]>()
    const counterpartsOfCandidate = (candidate: Candidate) => {
      let found = counterparts.get(candidate)
      if (found === undefined) {
        found = counterpartsOf(candidate.value)
        counterparts.set(candidate, found)
      }
      return found
    }
    const reported = new Set<string>()
    const issues: LintIssue[] = []
    const found: { first: Candidate; second: Candidate; counterpart: string; person: string }[] = []
    const earlier = (a: Candidate, b: Candidate) => a.position - b.position
    for (const [person, group] of byPerson) {
      // Sorted by start, a record can only overlap those that start before it ends:
      // the sweep stops there, so a person with many records costs n log n, not n².
      const sorted = group.sort((a, b) => compareCodeUnits(a.startDate ?? '', b.startDate ?? ''))
      for (let index = 0; index < sorted.length; index++) {
        const one = sorted[index] as Candidate
        for (let next = index + 1; next < sorted.length; next++) {
          const other = sorted[next] as Candidate
          if (one.endDate !== null && other.startDate !== null && other.startDate > one.endDate)
            break
          const first = earlier(one, other) <= 0 ? one : other
          const second = first === one ? other : one
          const counterpart = shares(
            counterpartsOfCandidate(first),
            counterpartsOfCandidate(second),
          )
          if (counterpart === undefined || !overlaps(first, second.startDate, second.endDate)) {
            continue
          }
          if (intendedPair(first, second, fieldsOf)) continue
          // Found again through a second shared person: reported once, with the first.
          const pair = `${first.id} ${second.id}`
          if (reported.has(pair)) continue
          reported.add(pair)
          found.push({ first, second, counterpart, person })
        }
      }
    }
    found.sort((a, b) => earlier(a.second, b.second) || earlier(a.first, b.first))
    for (const { first, second, counterpart, person } of found) {
      issues.push({
        rule: 'no-relay-duplicates',
        severity: 'error',
        file: second.file,
        path: [],
        message: `may describe the same event as ${first.id} (${counterpart}, overlapping dates, both with ${person})`,
        expected: 'one record per event, with every report of it among its sources',
        actual: `a second record beside ${first.file}`,
        tip: `merge the two (move this record's sources to ${first.id}, retire this id); if they are distinct events, add { "id": "${first.id}", "note": "why" } to distinctFrom`,
      })
    }
    return issues
  },
}
