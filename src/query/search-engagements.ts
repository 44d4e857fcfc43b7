import { nameTokens } from '../core/names/normalize-name'
import { transliterationKey } from '../core/names/transliteration-key'
import type { Engagement } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'

/** How much a word found in each field counts towards an engagement's rank. */
const WEIGHTS = { title: 4, systems: 4, people: 3, place: 2, summary: 1 } as const
type Field = keyof typeof WEIGHTS

/** An engagement's searchable words per field: each word and its transliteration key. */
export interface SearchDocument {
  readonly engagement: Engagement
  readonly fields: Readonly<Record<Field, ReadonlySet<string>>>
}

const wordsOf = (texts: readonly (string | undefined)[]) => {
  const words = new Set<string>()
  for (const text of texts) {
    for (const token of nameTokens(text ?? '')) {
      words.add(token)
      words.add(`~${transliterationKey(token)}`)
    }
  }
  return words
}

/**
 * Prepares the words of every engagement for `search`: title, summary, systems,
 * place, and the names of its participants as the sources spell them and as the
 * official records do.
 *
 * @example
 * searchDocuments(engagements, officials)[0].fields.title.size > 0 //=> true
 */
export function searchDocuments(
  engagements: readonly Engagement[],
  officials: readonly Official[],
): SearchDocument[] {
  const byId = new Map(officials.map((official) => [official.id, official]))
  return engagements.map((engagement) => ({
    engagement,
    fields: {
      title: wordsOf([engagement.title]),
      systems: wordsOf(engagement.systems),
      people: wordsOf(
        engagement.participants.flatMap((participant) => {
          const official = byId.get(participant.officialId)
          return [
            participant.name,
            official?.name,
            ...(official?.aliases.map((alias) => alias.name) ?? []),
          ]
        }),
      ),
      place: wordsOf([engagement.location?.place]),
      summary: wordsOf([engagement.summary, engagement.notes]),
    },
  }))
}

/**
 * The engagements whose words contain every word of the query (in any field; a word
 * matches exactly or up to transliteration noise), best first: a word in the title
 * or the systems counts more than one in the summary. Ties keep chronological order.
 *
 * @example
 * const documents = searchDocuments(engagements, officials)
 * rankSearch(documents, 'Caracal')[0].systems.includes('Airbus H225M Caracal') //=> true
 */
export function rankSearch(documents: readonly SearchDocument[], text: string): Engagement[] {
  const words = nameTokens(text)
  if (words.length === 0) return []
  const scored: { engagement: Engagement; score: number; position: number }[] = []
  documents.forEach(({ engagement, fields }, position) => {
    let score = 0
    for (const word of words) {
      let best = 0
      for (const field of Object.keys(WEIGHTS) as Field[]) {
        const found = fields[field].has(word)
          ? WEIGHTS[field]
          : fields[field].has(`~${transliterationKey(word)}`)
            ? WEIGHTS[field] / 2
            : 0
        best = Math.max(best, found)
      }
      if (best === 0) return
      score += best
    }
    scored.push({ engagement, score, position })
  })
  return scored
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ engagement }) => engagement)
}
