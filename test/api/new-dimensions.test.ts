import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  byOrganization,
  engagements,
  InvalidOptionError,
  search,
  timeline,
  UnknownOrganizationError,
} from '../../src/index'
import { systemKey } from '../../src/query/system-key'

describe('byOrganization', () => {
  it.each(['NATO', 'CJTF_OIR', 'EU', 'AOI'])(
    'gives the engagements a linear scan finds for %s',
    (code) => {
      expect(byOrganization(code)).toEqual(
        engagements.filter((engagement) => engagement.organizations.includes(code as never)),
      )
    },
  )

  it('takes names as well as codes, and refuses anything else with a typed error', () => {
    expect(byOrganization('North Atlantic Treaty Organization')).toBe(byOrganization('NATO'))
    expect(byOrganization('the anti-ISIS coalition')).toBe(byOrganization('CJTF_OIR'))
    expect(byOrganization('Operation Inherent Resolve')).toBe(byOrganization('CJTF_OIR'))
    expect(byOrganization('european union')).toBe(byOrganization('EU'))
    expect(() => byOrganization('UN')).toThrow(UnknownOrganizationError)
    expect(() => byOrganization(42 as never)).toThrow(UnknownOrganizationError)
    expect(Object.isFrozen(byOrganization('NATO'))).toBe(true)
  })
})

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

describe('search', () => {
  const text = (engagement: (typeof engagements)[number]) =>
    [engagement.title, engagement.summary, engagement.notes ?? '', ...engagement.systems]
      .join(' ')
      .toLowerCase()

  it('finds every engagement a linear scan finds for a word, best matches first', () => {
    for (const word of ['Caracal', 'Abrams', 'Pantsir', 'Zaytun']) {
      const found = search(word)
      const scanned = engagements.filter((engagement) =>
        text(engagement).includes(word.toLowerCase()),
      )
      expect(found.length, word).toBeGreaterThan(0)
      for (const engagement of scanned)
        expect(found, `${word} ${engagement.id}`).toContain(engagement)
    }
    const [best] = search('Caracal')
    expect(`${best?.title} ${best?.systems.join(' ')}`).toMatch(/Caracal/)
  })

  it('ignores case, diacritics and transliteration noise, and needs every word', () => {
    expect(search('CARACAL')).toEqual(search('caracal'))
    expect(search('Enad Pakistan')).toEqual(search('Inad Pakistan'))
    expect(
      search('Caracal Pakistan').every((engagement) => search('Caracal').includes(engagement)),
    ).toBe(true)
    expect(search('')).toEqual([])
    expect(Object.isFrozen(search('NATO'))).toBe(true)
  })

  it('refuses what is not a reasonable text', () => {
    expect(() => search(1n as never)).toThrow(InvalidOptionError)
    expect(() => search('x'.repeat(1_000_000))).toThrow(InvalidOptionError)
  })
})
