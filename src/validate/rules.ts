import { formatPath, type LintIssue } from '../core/issue'
import type { LintContext, LintRule } from './context'
import { childWithinParentRule } from './rules/child-within-parent'
import { idMatchesFileRule } from './rules/id-matches-file'
import { noDuplicateEventsRule } from './rules/no-duplicate-events'
import { noFutureDatesRule } from './rules/no-future-dates'
import { noPlaceholdersRule } from './rules/no-placeholders'
import { noPrototypeKeysRule } from './rules/no-prototype-keys'
import { noRelayDuplicatesRule } from './rules/no-relay-duplicates'
import { officialAliasesOrNoteRule } from './rules/official-aliases-or-note'
import { officialEntriesOnceRule } from './rules/official-entries-once'
import { participantHoldsPositionRule } from './rules/participant-holds-position'
import { participantSidesRule } from './rules/participant-sides'
import { positionTermsInOrderRule } from './rules/position-terms-in-order'
import { referencesResolveRule } from './rules/references-resolve'
import { retiredIdsRule } from './rules/retired-ids'
import { schemaRule } from './rules/schema'
import { schemaHintRule } from './rules/schema-hint'
import { sourcesAreCitedRule } from './rules/sources-are-cited'
import { summarySentencesRule } from './rules/summary-sentences'
import { uniqueIdsRule } from './rules/unique-ids'

/**
 * Every rule the validator runs, in reporting order.
 *
 * @example
 * RULES[0].name //=> 'schema'
 * RULES.filter((rule) => rule.scope === 'file').map((rule) => rule.name)
 * //=> ['schema-hint', 'id-matches-file', 'sources-are-cited']
 */
export const RULES: readonly LintRule[] = [
  schemaRule,
  noPlaceholdersRule,
  schemaHintRule,
  idMatchesFileRule,
  uniqueIdsRule,
  retiredIdsRule,
  referencesResolveRule,
  childWithinParentRule,
  participantSidesRule,
  noDuplicateEventsRule,
  noRelayDuplicatesRule,
  participantHoldsPositionRule,
  positionTermsInOrderRule,
  noFutureDatesRule,
  noPrototypeKeysRule,
  officialAliasesOrNoteRule,
  officialEntriesOnceRule,
  summarySentencesRule,
  sourcesAreCitedRule,
]

/**
 * Runs every rule over the dataset and returns all issues (for values passed to
 * `createDataset`, the rules of scope `dataset`; for files, all of them); nothing stops at the
 * first problem, so a contributor sees everything to fix in one run. A placeholder
 * left by `npm run new` is reported once, by no-placeholders, not again by every
 * rule that finds its text wrong.
 *
 * @example
 * // a valid source nothing cites, in a file not named after its id and without a $schema hint:
 * const files = [{ file: 'data/sources/mine.json', kind: 'source', value: sources[0] }]
 * lintDataset({ files, today: '2026-11-30' }).map((issue) => issue.rule)
 * //=> ['schema-hint', 'id-matches-file', 'sources-are-cited']
 * lintDataset({ files, today: '2026-11-30', recordsFrom: 'values' }) //=> []
 */
export function lintDataset(context: LintContext, rules: readonly LintRule[] = RULES): LintIssue[] {
  const fromValues = context.recordsFrom === 'values'
  const issues = rules
    .filter((rule) => !(fromValues && rule.scope === 'file'))
    .flatMap((rule) => rule.check(context))
  const placeholders = new Set(
    issues
      .filter((issue) => issue.rule === noPlaceholdersRule.name)
      .map((issue) => `${issue.file}\u0000${formatPath(issue.path)}`),
  )
  if (placeholders.size === 0) return issues
  return issues.filter(
    (issue) =>
      issue.rule === noPlaceholdersRule.name ||
      !placeholders.has(`${issue.file}\u0000${formatPath(issue.path)}`),
  )
}
