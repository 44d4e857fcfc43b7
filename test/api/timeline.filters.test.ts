import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  byOrganization,
  engagements,
  InvalidOptionError,
  timeline,
  UnknownOrganizationError,
} from '../../src/index'
import { systemKey } from '../../src/query/system-key'

describe('timeline filters on organization, system, topic and participant side', () => {
  const linear = (keep: (engagement: (typeof engagements)[number]) => boolean) =>
    engagements.filter(keep)

  it('filters by organization and by system, in any spelling', () => {
    expect(timeline({ organization: 'NATO' })).toEqual(byOrganization('NATO'))
    const f16 = linear((engagement) =>
      engagement.systems.some((name) => systemKey(name).includes('f16')),
    )
    expect(f16.length).toBeGreaterThan(0)
    expect(timeline({ system: 'F-16' })).toEqual(f16)
    expect(timeline({ system: 'F16' })).toEqual(f16)
    expect(
      timeline({ system: 'F-16IQ' }).every((engagement) =>
        engagement.systems.some((name) => /F-16IQ/.test(name)),
      ),
    ).toBe(true)
    expect(timeline({ system: 'KM-SAM' }).length).toBeGreaterThan(0)
  })

  it('equals a linear scan for any combination of topic, side and organization', () => {
    const topics = [
      'air_defense',
      'aviation',
      'naval',
      'training_education',
      'counterterrorism',
    ] as const
    const sides = ['iraq', 'counterpart', 'third_party'] as const
    fc.assert(
      fc.property(
        fc.subarray([...topics], { minLength: 1 }),
        fc.subarray([...sides], { minLength: 1 }),
        fc.option(fc.constantFrom('NATO', 'CJTF_OIR'), { nil: undefined }),
        (topic, participantSide, organization) => {
          expect(timeline({ topic, participantSide, organization })).toEqual(
            linear(
              (engagement) =>
                engagement.topics.some((value) => topic.includes(value as never)) &&
                engagement.participants.some((participant) =>
                  participantSide.includes(participant.side as never),
                ) &&
                (organization === undefined || engagement.organizations.includes(organization)),
            ),
          )
        },
      ),
      { numRuns: 100 },
    )
  })

  it('refuses unknown values with typed errors', () => {
    expect(() => timeline({ topic: 'weather' as never })).toThrow(InvalidOptionError)
    expect(() => timeline({ participantSide: 'us' as never })).toThrow(InvalidOptionError)
    expect(() => timeline({ organization: 'UN' })).toThrow(UnknownOrganizationError)
    expect(() => timeline({ system: 'x'.repeat(1_000_000) })).toThrow(InvalidOptionError)
  })
})
