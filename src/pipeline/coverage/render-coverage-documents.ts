import { readFileSync } from 'node:fs'
import type { CompletedRecords } from '../../records/complete-records'
import { computeCoverage } from './compute-coverage'
import { COUNTED_DOCUMENTS, withCounts } from './render-counts'
import { COVERAGE_REPORT_PATH, renderCoverage } from './render-coverage'

/**
 * Every document whose figures come from the records: the coverage report and the
 * counts in README, CHANGELOG and CITATION.cff, as path → text. The build writes
 * them; on CI (where they must already be committed) it only compares.
 *
 * @example
 * Object.keys(renderCoverageDocuments(records))
 * //=> ['docs/coverage.md', 'README.md', 'CHANGELOG.md', 'CITATION.cff']
 */
export function renderCoverageDocuments(
  records: CompletedRecords,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): Record<string, string> {
  const coverage = computeCoverage(records)
  const documents: Record<string, string> = { [COVERAGE_REPORT_PATH]: renderCoverage(coverage) }
  for (const document of COUNTED_DOCUMENTS) {
    documents[document] = withCounts(document, read(document), coverage)
  }
  return documents
}
