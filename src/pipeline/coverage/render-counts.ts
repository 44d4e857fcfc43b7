import type { Coverage } from './compute-coverage'

const START = '<!-- counts:start (written by npm run build from data/) -->'
const END = '<!-- counts:end -->'

/** The line each document states its counts in, from the same numbers as the coverage report. */
const COUNT_TEXT = {
  'README.md': (coverage: Coverage) =>
    [
      '|             |                                                                                              |',
      '| ----------- | -------------------------------------------------------------------------------------------- |',
      `| engagements | ${`${coverage.totals.engagements}, from ${coverage.firstYear} to ${coverage.lastYear}, with ${coverage.counterparts.length} counterparts (states and organizations)`.padEnd(92)} |`,
      `| officials   | ${`${coverage.totals.officials} people, each with canonical name, native-script name where known, and every spelling seen`.padEnd(92)} |`,
      `| sources     | ${`${coverage.totals.sources} articles and statements, with publisher, URL and publication date where known`.padEnd(92)} |`,
    ].join('\n'),
  'CHANGELOG.md': (coverage: Coverage) =>
    `- **Data:** ${coverage.totals.engagements} engagements (${coverage.firstYear}–${coverage.lastYear}; ${coverage.counterparts.length} counterparts),\n  ${coverage.totals.officials} officials and ${coverage.totals.sources} sources, each engagement checked against the pages it cites.`,
} as const

/**
 * The documents whose counts the build keeps current.
 *
 * @example
 * COUNTED_DOCUMENTS //=> ['README.md', 'CHANGELOG.md', 'CITATION.cff']
 */
export const COUNTED_DOCUMENTS = ['README.md', 'CHANGELOG.md', 'CITATION.cff'] as const

/** One of {@link COUNTED_DOCUMENTS}. */
export type CountedDocument = (typeof COUNTED_DOCUMENTS)[number]

/**
 * Rewrites the counts a document states: the region between the `counts:start` and
 * `counts:end` markers in Markdown, and the "This version holds …" sentence of
 * CITATION.cff's abstract. Throws when the document has lost its markers, so that a
 * stale count can never pass unnoticed.
 *
 * @example
 * const coverage = computeCoverage({ engagements, officials, sources })
 * withCounts('CITATION.cff', 'abstract: >-\n  This version holds 1 engagement.\n', coverage)
 *   === `abstract: >-\n  This version holds ${engagements.length} engagements, ${officials.length} officials and ${sources.length} sources.\n`
 * //=> true
 */
export function withCounts(document: CountedDocument, text: string, coverage: Coverage): string {
  if (document === 'CITATION.cff') {
    const sentence = /This version holds [^.]*\./
    if (!sentence.test(text)) throw new Error(`${document}: no "This version holds …." sentence`)
    const { engagements, officials, sources } = coverage.totals
    return text.replace(
      sentence,
      `This version holds ${engagements} engagements, ${officials} officials and ${sources} sources.`,
    )
  }
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start === -1 || end < start) throw new Error(`${document}: no ${START} … ${END} region`)
  return `${text.slice(0, start + START.length)}\n${COUNT_TEXT[document](coverage)}\n${text.slice(end)}`
}
