import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { eventKey, noDuplicateEventsRule } from '../../../src/validate/rules/no-duplicate-events'
import { seededRandom } from '../../_helpers/seeded-random'

/** The rule as first written: every record keyed, the first of each key kept. */
function oracle(files: readonly RecordFile[]): string[] {
  const firstByKey = new Map<string, { file: string; id?: string; parentId?: string }>()
  const found: string[] = []
  for (const { file, value } of files) {
    const key = eventKey(value)
    if (key === undefined) continue
    const { id, parentId } = value as { id?: string; parentId?: string }
    const first = firstByKey.get(key)
    if (!first) {
      firstByKey.set(key, { file, id, parentId })
      continue
    }
    if (parentId === first.id || first.parentId === id) continue
    found.push(`${file}: describes the same event as ${first.id ?? first.file}`)
  }
  return found
}

/** Engagements drawn from few dates, parties and people, so that many collide. */
function randomFiles(count: number, random: () => number): RecordFile[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const some = <T>(items: readonly T[]) => items.filter(() => random() < 0.4)
  return Array.from({ length: count }, (_, index) => {
    const id = `eng_${String(index).padStart(6, '0')}`
    const value: Record<string, unknown> = {
      id,
      countries: ['IQ', ...some(['IR', 'TR', 'US'])],
      organizations: some(['NATO']),
      participants: some(['off_a', 'off_b', 'off_c']).map((officialId) => ({ officialId })),
    }
    if (random() < 0.95)
      value.date = pick(['2020', '2020-11', '2020-11-14', '2021-02-24/2021-02-27'])
    if (index > 0 && random() < 0.2) {
      value.parentId = `eng_${String(Math.floor(random() * index)).padStart(6, '0')}`
    }
    return { file: `${id}.json`, kind: 'engagement', value }
  })
}

describe('no-duplicate-events', () => {
  it.each([1, 2, 3, 4, 5])('finds what keying every record finds (seed %i)', (seed) => {
    const files = randomFiles(400, seededRandom(seed))
    const expected = oracle(files)
    expect(expected.length).toBeGreaterThan(20)
    const issues = noDuplicateEventsRule.check({ files, today: '2026-11-30' })
    expect(issues.map((issue) => `${issue.file}: ${issue.message}`)).toEqual(expected)
  })
})
