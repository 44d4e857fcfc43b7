import type { LintIssue } from './issue'

/** The three kinds of record, each in its own folder under `data/`. */
export const RECORD_KINDS = ['engagement', 'official', 'source'] as const

/** One of the record kinds. */
export type RecordKind = (typeof RECORD_KINDS)[number]

/** Folder under `data/` that holds each kind. */
export const KIND_FOLDERS: Record<RecordKind, string> = {
  engagement: 'engagements',
  official: 'officials',
  source: 'sources',
}

/** A record file as read from disk: its path, kind and parsed (unvalidated) content. */
export interface RecordFile {
  readonly file: string
  readonly kind: RecordKind
  readonly value: unknown
}

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
}

/** A check over the dataset, one per module under `src/lint/rules/`. */
export interface LintRule {
  readonly name: string
  readonly description: string
  check(context: LintContext): LintIssue[]
}

/** A plain object, as opposed to an array, `null` or a primitive. */
export type PlainObject = Record<string, unknown>

/** True when the value is a plain JSON object. */
export const isObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The elements of a value if it is an array, or an empty list. */
export const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The string at a key of a value, if the value is an object and the field a string. */
export const stringAt = (value: unknown, key: string): string | undefined => {
  if (!isObject(value)) return undefined
  const field = value[key]
  return typeof field === 'string' ? field : undefined
}

/** The files of one kind. */
export const filesOfKind = (context: LintContext, kind: RecordKind): RecordFile[] =>
  context.files.filter((file) => file.kind === kind)

/** The field at a key of a value, if the value is an object. */
export const fieldAt = (value: unknown, key: string): unknown =>
  isObject(value) ? value[key] : undefined
