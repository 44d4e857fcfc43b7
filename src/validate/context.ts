import type { LintIssue } from '../core/issue'
import type { RecordFile, RecordKind } from '../core/record-kinds'
import type { DateRanges } from './engagement-range'
import type { RecordParses } from './parse-record'

/** Everything a rule may look at. */
export interface LintContext {
  readonly files: readonly RecordFile[]
  /** Today's date as `YYYY-MM-DD` (UTC); injectable so tests do not depend on the clock. */
  readonly today: string
  /**
   * Ids of record files that could not be read (a JSON syntax error, reported once):
   * references to them are not reported again as unknown.
   */
  readonly unreadableIds?: ReadonlySet<string>
  /** The parsed `retired.json` of the data folder, when it has one. */
  readonly retired?: { readonly file: string; readonly value: unknown }
  /**
   * Where the records come from: files in `data/` (the build, `npm run validate`) or
   * values passed to `createDataset`. Rules of scope `file` run only on files.
   */
  readonly recordsFrom?: 'files' | 'values'
  /**
   * The schema parses of this run, shared by the schema rule and the completion so
   * that no record is parsed twice; `processRecords` supplies one when it is absent.
   */
  readonly parses?: RecordParses
  /**
   * The date ranges of this run, by date text, shared by the rules and the completion
   * so that each date is parsed once; `processRecords` supplies one when it is absent.
   */
  readonly ranges?: DateRanges
}

/**
 * What a rule is about. `file`: how a record is stored in `data/` (its file name, the
 * editor's `$schema` hint, whether `data/` still needs it); these run on files only.
 * `dataset`: the records themselves and how they relate; these run wherever records
 * are checked, files or values.
 */
export type RuleScope = 'file' | 'dataset'

/** A check over the dataset, one per module under `src/validate/rules/`. */
export interface LintRule {
  readonly name: string
  readonly description: string
  readonly scope: RuleScope
  check(context: LintContext): LintIssue[]
}

/** A plain object, as opposed to an array, `null` or a primitive. */
export type PlainObject = Record<string, unknown>

/**
 * True when the value is a plain JSON object.
 *
 * @example
 * isObject({ id: 'eng_visit1' }) //=> true
 * isObject(['eng_visit1']) //=> false
 * isObject(null) //=> false
 */
export const isObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The elements of a value if it is an array, or an empty list.
 *
 * @example
 * arrayAt(['IQ', 'IR']) //=> ['IQ', 'IR']
 * arrayAt('IQ') //=> []
 */
export const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/**
 * The string at a key of a value, if the value is an object and the field a string.
 *
 * @example
 * stringAt({ id: 'eng_visit1', date: 2020 }, 'id') //=> 'eng_visit1'
 * stringAt({ id: 'eng_visit1', date: 2020 }, 'date') //=> undefined
 */
export const stringAt = (value: unknown, key: string): string | undefined => {
  if (!isObject(value)) return undefined
  const field = value[key]
  return typeof field === 'string' ? field : undefined
}

/**
 * The files of each kind, by files list, split once: a dozen rules ask for them, and
 * filtering 150,000 records a dozen times showed in `createDataset`'s profile. Lists are
 * read-only (`LintContext.files`), so a list's split never goes stale.
 */
const filesByKind = new WeakMap<readonly RecordFile[], Record<RecordKind, RecordFile[]>>()

/**
 * The files of one kind.
 *
 * @example
 * const files = [
 *   { file: 'data/sources/src_aaaaaa.json', kind: 'source', value: {} },
 *   { file: 'data/officials/off_iraq01.json', kind: 'official', value: {} },
 * ]
 * filesOfKind({ files, today: '2026-11-30' }, 'official').map(({ file }) => file)
 * //=> ['data/officials/off_iraq01.json']
 */
export const filesOfKind = (context: LintContext, kind: RecordKind): readonly RecordFile[] => {
  let byKind = filesByKind.get(context.files)
  if (byKind === undefined) {
    byKind = { engagement: [], official: [], source: [] }
    for (const file of context.files) byKind[file.kind].push(file)
    filesByKind.set(context.files, byKind)
  }
  return byKind[kind]
}

/**
 * The field at a key of a value, if the value is an object.
 *
 * @example
 * fieldAt({ countries: ['IQ', 'IR'] }, 'countries') //=> ['IQ', 'IR']
 * fieldAt('IQ', 'length') //=> undefined
 */
export const fieldAt = (value: unknown, key: string): unknown =>
  isObject(value) ? value[key] : undefined
