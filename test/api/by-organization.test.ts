import { describe, expect, it } from 'vitest'
import { byOrganization, engagements, UnknownOrganizationError } from '../../src/index'

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
