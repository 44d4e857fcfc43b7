import { describe, expect, it } from 'vitest'
import { AmbiguousOfficialError, byOfficial, engagements, getOfficial } from '../../src/index'

/**
 * Every name a participant list prints must lead a reader back to that person:
 * someone who copies "فؤاد محمد حسين" or "Necah eş-Şammari" from a record into
 * `byOfficial` should get that official's engagements. The record keeps the name as its
 * source spells it, so the spelling has to be among the official's name, native name or
 * aliases (or close enough for the transliteration rules).
 */

interface Mention {
  engagement: string
  officialId: string
  name: string
}

const mentions: Mention[] = engagements.flatMap((engagement) =>
  engagement.participants.map((participant) => ({
    engagement: engagement.id,
    officialId: participant.officialId,
    name: participant.name,
  })),
)

/** What a name resolves to: one id, the ids it is ambiguous between, or nothing. */
function resolve(name: string): { one?: string; several?: readonly string[] } {
  const official = getOfficial(name)
  if (official) return { one: official.id }
  try {
    byOfficial(name)
    return {}
  } catch (error) {
    if (error instanceof AmbiguousOfficialError) {
      return { several: error.candidates.map((candidate) => candidate.id) }
    }
    return {}
  }
}

// A surname on its own ("al-Schammari", "Maliki") is how a page refers back to someone it
// has already named; it may fit several people or none, but never the wrong one alone.
const isSurnameOnly = (name: string) => name.trim().split(/\s+/).length === 1

describe('participant names', () => {
  it('never lead to a different official than the one the record links', () => {
    const wrong = mentions.filter((mention) => {
      const found = resolve(mention.name).one
      return found !== undefined && found !== mention.officialId
    })
    expect(wrong).toEqual([])
  })

  it('lead back to the linked official, alone or among the people they fit', () => {
    const lost = mentions.filter((mention) => {
      if (isSurnameOnly(mention.name)) return false
      const { one, several } = resolve(mention.name)
      return one !== mention.officialId && !several?.includes(mention.officialId)
    })
    expect(lost).toEqual([])
  })

  it('covers every participant of every engagement', () => {
    const participants = engagements.reduce(
      (sum, engagement) => sum + engagement.participants.length,
      0,
    )
    expect(mentions).toHaveLength(participants)
    expect(participants).toBeGreaterThan(1000)
  })
})
