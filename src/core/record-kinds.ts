/**
 * The kinds of record and where each lives: the one definition the validator, the
 * build, the exports and `createDataset` all read.
 *
 * @example
 * RECORD_KINDS.map((kind) => `data/${KIND_FOLDERS[kind]}/`)
 * //=> ['data/engagements/', 'data/officials/', 'data/sources/']
 */
export const RECORD_KINDS = ['engagement', 'official', 'source'] as const

/** One of the record kinds: `'engagement'`, `'official'` or `'source'`. */
export type RecordKind = (typeof RECORD_KINDS)[number]

/**
 * The folder under `data/` that holds each kind, one JSON file per record.
 *
 * @example
 * KIND_FOLDERS.official //=> 'officials'
 */
export const KIND_FOLDERS: Readonly<Record<RecordKind, string>> = {
  engagement: 'engagements',
  official: 'officials',
  source: 'sources',
}

/**
 * The id prefix of each record kind: an official's id is `off_` and six characters.
 *
 * @example
 * ID_PREFIXES.official //=> 'off'
 * official.id.startsWith(`${ID_PREFIXES.official}_`) //=> true
 */
export const ID_PREFIXES = { engagement: 'eng', official: 'off', source: 'src' } as const

/**
 * A record to check: where it came from (a file path, or `engagements[3] (eng_…)` for a
 * value passed to `createDataset`), its kind and its parsed, unvalidated content.
 */
export interface RecordFile {
  readonly file: string
  readonly kind: RecordKind
  readonly value: unknown
}
