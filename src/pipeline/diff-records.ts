import { execFileSync } from 'node:child_process'
import { KIND_FOLDERS, RECORD_KINDS, type RecordKind } from '../core/record-kinds'
import type { LoadedFile } from './load-data'

/** What changed in one record: the JSON paths of its fields that differ. */
export interface RecordChange {
  readonly kind: RecordKind
  readonly id: string
  readonly fields: readonly string[]
}

/** Records added, removed and changed between two versions of `data/`. */
export interface DataDiff {
  readonly added: readonly { kind: RecordKind; id: string }[]
  readonly removed: readonly { kind: RecordKind; id: string }[]
  readonly changed: readonly RecordChange[]
}

type Records = Map<string, { kind: RecordKind; value: unknown }>

/**
 * The record files of `data/` as they were at a git revision.
 *
 * @example
 * // What `npm run diff -- <revision>` compares, as a function of the revision:
 * const changesSince = (revision: string) =>
 *   diffRecords(recordsAtRevision(revision), recordsOfFiles(loadDataDirectory('data').files))
 */
export function recordsAtRevision(revision: string, dataDir = 'data'): Records {
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const records: Records = new Map()
  for (const kind of RECORD_KINDS) {
    const folder = `${dataDir}/${KIND_FOLDERS[kind]}`
    const names = git('ls-tree', '--name-only', `${revision}:${folder}`).split('\n')
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
      const value: unknown = JSON.parse(git('show', `${revision}:${folder}/${name}`))
      records.set(name.slice(0, -'.json'.length), { kind, value })
    }
  }
  return records
}

/**
 * The record files as loaded from the working tree.
 *
 * @example
 * const file = { file: 'data/sources/src_aaaaaa.json', kind: 'source', value: {}, text: '{}' }
 * recordsOfFiles([file]).get('src_aaaaaa') //=> { kind: 'source', value: {} }
 */
export const recordsOfFiles = (files: readonly LoadedFile[]): Records =>
  new Map(
    files.map(({ file, kind, value }) => [
      file.replace(/^.*\//, '').replace(/\.json$/, ''),
      { kind, value },
    ]),
  )

function changedPaths(before: unknown, after: unknown, path: string): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const isObject = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)])
    return [...keys].flatMap((key) =>
      changedPaths(
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      ),
    )
  }
  return [path || '(record)']
}

/**
 * Compares two versions of the records: which were added, which removed, and for
 * each changed record the fields that differ (arrays compare whole).
 *
 * @example
 * const before = new Map([['eng_aaaaaa', { kind: 'engagement', value: { title: 'Old' } }]])
 * const after = new Map([['eng_aaaaaa', { kind: 'engagement', value: { title: 'New' } }]])
 * diffRecords(before, after)
 * //=> { added: [], removed: [], changed: [{ kind: 'engagement', id: 'eng_aaaaaa', fields: ['title'] }] }
 */
export function diffRecords(before: Records, after: Records): DataDiff {
  const added = [...after].filter(([id]) => !before.has(id)).map(([id, { kind }]) => ({ kind, id }))
  const removed = [...before]
    .filter(([id]) => !after.has(id))
    .map(([id, { kind }]) => ({ kind, id }))
  const changed = [...after].flatMap(([id, { kind, value }]) => {
    const old = before.get(id)
    if (!old) return []
    const fields = changedPaths(old.value, value, '').filter((field) => field !== '$schema')
    return fields.length > 0 ? [{ kind, id, fields }] : []
  })
  return { added, removed, changed }
}

/**
 * The diff as text for a pull request or a CHANGELOG entry: counts per kind, then
 * each removed and changed record with its fields, and the added ids.
 *
 * @example
 * formatDiff({ added: [{ kind: 'engagement', id: 'eng_aaaaaa' }], removed: [], changed: [] }, 'v0.1.0').split('\n')[0]
 * //=> 'Since v0.1.0: 1 engagements added, 0 removed, 0 changed; 0 officials added, 0 removed, 0 changed; 0 sources added, 0 removed, 0 changed'
 */
export function formatDiff(diff: DataDiff, revision: string): string {
  const count = (list: readonly { kind: RecordKind }[], kind: RecordKind) =>
    list.filter((entry) => entry.kind === kind).length
  const summary = RECORD_KINDS.map(
    (kind) =>
      `${count(diff.added, kind)} ${kind}s added, ${count(diff.removed, kind)} removed, ${count(diff.changed, kind)} changed`,
  ).join('; ')
  const lines = [`Since ${revision}: ${summary}`]
  for (const { kind, id } of diff.removed) lines.push(`- removed ${kind} ${id}`)
  for (const { kind, id, fields } of diff.changed) {
    lines.push(`~ changed ${kind} ${id}: ${fields.join(', ')}`)
  }
  for (const { kind, id } of diff.added) lines.push(`+ added ${kind} ${id}`)
  return lines.join('\n')
}
