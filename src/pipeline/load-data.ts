import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser'
import { KIND_FOLDERS, RECORD_KINDS, type RecordFile } from '../lint/context'
import type { LintIssue } from '../lint/issue'
import { RETIRED_FILE } from '../lint/rules/retired-ids'
import { positionOfOffset } from './locate'

/** A record file with its text, kept so the reporter can point at lines. */
export interface LoadedFile extends RecordFile {
  readonly text: string
}

/** What {@link loadDataDirectory} found: parseable files, and problems with the rest. */
export interface LoadResult {
  readonly files: LoadedFile[]
  readonly issues: LintIssue[]
  /** Ids (file names) of record files whose JSON could not be parsed. */
  readonly unreadableIds: Set<string>
  /** The parsed `retired.json`, when the folder has one that parses. */
  readonly retired?: { readonly file: string; readonly value: unknown }
}

function duplicateKeyIssues(file: string, text: string, node: Node | undefined): LintIssue[] {
  if (!node?.children) return []
  const issues = node.children.flatMap((child) => duplicateKeyIssues(file, text, child))
  if (node.type !== 'object') return issues
  const seen = new Set<string>()
  for (const property of node.children) {
    const key = String(property.children?.[0]?.value)
    if (seen.has(key)) {
      issues.push({
        rule: 'json-syntax',
        severity: 'error',
        file,
        path: [],
        ...positionOfOffset(text, property.offset),
        message: `key "${key}" appears twice in the same object`,
        tip: 'JSON parsers keep only the last one; merge the two entries',
      })
    }
    seen.add(key)
  }
  return issues
}

/**
 * Reads every record file under a data folder (`engagements/`, `officials/`,
 * `sources/`). Strict JSON only: comments, trailing commas and duplicate keys are
 * reported, as is any file that is not a `.json` record.
 *
 * @param dataDir - the folder holding the three kind folders
 * @param displayRoot - prefix for file names in issues, e.g. `data`
 */
export function loadDataDirectory(dataDir: string, displayRoot = dataDir): LoadResult {
  const files: LoadedFile[] = []
  const issues: LintIssue[] = []
  const unreadableIds = new Set<string>()
  for (const kind of RECORD_KINDS) {
    const folder = join(dataDir, KIND_FOLDERS[kind])
    const shown = `${displayRoot}/${KIND_FOLDERS[kind]}`
    if (!existsSync(folder)) {
      issues.push({
        rule: 'layout',
        severity: 'error',
        file: shown,
        path: [],
        message: 'folder is missing',
        tip: `create ${shown}/ with one JSON file per ${kind}`,
      })
      continue
    }
    for (const name of readdirSync(folder).sort()) {
      const file = `${shown}/${name}`
      if (!name.endsWith('.json')) {
        issues.push({
          rule: 'layout',
          severity: 'error',
          file,
          path: [],
          message: 'not a record file',
          expected: `<id>.json`,
          actual: name,
          tip: `only one JSON file per ${kind} belongs in ${shown}/`,
        })
        continue
      }
      const text = readFileSync(join(folder, name), 'utf8')
      const errors: ParseError[] = []
      const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
      if (errors.length > 0) {
        for (const error of errors) {
          issues.push({
            rule: 'json-syntax',
            severity: 'error',
            file,
            path: [],
            ...positionOfOffset(text, error.offset),
            message: `invalid JSON: ${printParseErrorCode(error.error)}`,
            tip: 'records are strict JSON: no comments, no trailing commas, double-quoted keys',
          })
        }
        unreadableIds.add(name.slice(0, -'.json'.length))
        continue
      }
      issues.push(...duplicateKeyIssues(file, text, tree))
      // JSON.parse, not the tolerant parser's value: it keeps "__proto__" as plain data.
      files.push({ file, kind, value: JSON.parse(text), text })
    }
  }
  const retiredPath = join(dataDir, RETIRED_FILE)
  if (!existsSync(retiredPath)) return { files, issues, unreadableIds }
  const file = `${displayRoot}/${RETIRED_FILE}`
  const text = readFileSync(retiredPath, 'utf8')
  const errors: ParseError[] = []
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  for (const error of errors) {
    issues.push({
      rule: 'json-syntax',
      severity: 'error',
      file,
      path: [],
      ...positionOfOffset(text, error.offset),
      message: `invalid JSON: ${printParseErrorCode(error.error)}`,
      tip: 'strict JSON: no comments, no trailing commas, double-quoted keys',
    })
  }
  return errors.length > 0
    ? { files, issues, unreadableIds }
    : { files, issues, unreadableIds, retired: { file, value: JSON.parse(text) } }
}
