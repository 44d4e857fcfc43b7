import type { Engagement, Official } from '../../src/index'

/**
 * A dataset of `count` engagements made from the real ones, for benchmarks at sizes
 * the curated data will not reach for years: copy k of every engagement moves k years
 * back and gets a new id (its visit and `distinctFrom` ids follow), and its
 * participants are copy k of each official, under a name of its own and with offices
 * left undated so that the shifted dates stay valid. Every record passes `createDataset`:
 * a copy that would repeat another record's event (a record without participants moved
 * onto the date of one that already has it, which no-duplicate-events rejects) is left
 * out, and the next record takes its place.
 */
export function syntheticRecords(
  count: number,
  real: { engagements: readonly Engagement[]; officials: readonly Official[] },
): { engagements: Record<string, unknown>[]; officials: Record<string, unknown>[] } {
  // Visits before the meetings inside them, so that a dataset cut short never keeps a
  // meeting without its visit (visits do not nest).
  const ordered = [...real.engagements].sort(
    (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
  )
  const position = new Map(ordered.map((engagement, index) => [engagement.id, index]))
  const officialsById = new Map(real.officials.map((official) => [official.id, official]))
  const idOf = (copy: number, original: string) =>
    `eng_${(copy * real.engagements.length + (position.get(original) as number)).toString(36).padStart(6, '0')}`
  // Copy k of each official gets the next unused id.
  const copyIds = new Map<string, string>()
  let nextId = 0
  const officialIdOf = (copy: number, original: string) => {
    if (copy === 0) return original
    const key = `${copy}:${original}`
    let id = copyIds.get(key)
    while (id === undefined || officialsById.has(id)) {
      id = `off_${(nextId++).toString(36).padStart(6, '0')}`
    }
    copyIds.set(key, id)
    return id
  }
  const shiftYears = (text: string, years: number) =>
    text.replace(/\b\d{4}\b/g, (year) => String(Number(year) - years).padStart(4, '0'))
  // Records another one points at: leaving out a copy of one would break its references.
  const referenced = new Set(
    real.engagements.flatMap((engagement) => [
      ...(engagement.parentId ? [engagement.parentId] : []),
      ...(engagement.distinctFrom ?? []).map((other) => other.id),
    ]),
  )
  const eventKeys = new Set<string>()
  const engagements: Record<string, unknown>[] = []
  const officials = new Map<string, Record<string, unknown>>(
    real.officials.map((official) => [official.id, official as unknown as Record<string, unknown>]),
  )
  for (let index = 0; engagements.length < count; index++) {
    const copy = Math.floor(index / real.engagements.length)
    const original = ordered[index % ordered.length] as Engagement
    const { startDate: _s, endDate: _e, precision: _p, ...record } = original
    const date = shiftYears(original.date, copy)
    // Copies of records with participants never collide (each copy has its own people),
    // and a visit and its meeting may share a key: only the others are checked.
    if (original.participants.length === 0 && !original.parentId && !referenced.has(original.id)) {
      const eventKey = JSON.stringify([
        date,
        [...original.countries].sort(),
        [...original.organizations].sort(),
      ])
      if (eventKeys.has(eventKey)) continue
      eventKeys.add(eventKey)
    }
    for (const participant of original.participants) {
      const id = officialIdOf(copy, participant.officialId)
      if (officials.has(id)) continue
      const {
        distinctFrom: _d,
        nativeName: _n,
        ...person
      } = officialsById.get(participant.officialId) as Official
      officials.set(id, {
        ...person,
        id,
        // A name of its own ("… Copyb"), so that a copy is never a second person of that name.
        name: `${person.name} Copy${copy.toString(26).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] as string)}`,
        aliases: [],
        notes: 'A synthetic copy for benchmarks. No other spelling seen in the sources.',
        // Undated, so that a copy holds office on its shifted dates; each title once, as
        // two terms of one office would otherwise become the same position twice.
        positions: [...new Set(person.positions.map(({ title }) => title))].map((title) => ({
          title,
        })),
      })
    }
    engagements.push({
      ...record,
      id: idOf(copy, original.id),
      date,
      participants: original.participants.map((participant) => ({
        ...participant,
        officialId: officialIdOf(copy, participant.officialId),
      })),
      ...(original.parentId ? { parentId: idOf(copy, original.parentId) } : {}),
      ...(original.distinctFrom
        ? {
            distinctFrom: original.distinctFrom.map((other) => ({
              ...other,
              id: idOf(copy, other.id),
            })),
          }
        : {}),
    })
  }
  // A distinctFrom entry may name a record past the cut: without it there is no pair to mark.
  const made = new Set(engagements.map(({ id }) => id))
  for (const engagement of engagements) {
    const distinct = engagement.distinctFrom as { id: string }[] | undefined
    if (distinct === undefined) continue
    const kept = distinct.filter(({ id }) => made.has(id))
    if (kept.length > 0) engagement.distinctFrom = kept
    else delete engagement.distinctFrom
  }
  return { engagements, officials: [...officials.values()] }
}
