import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser'
import type { LintIssue, PathSegment } from '../core/issue'
import { KIND_FOLDERS, RECORD_KINDS, type RecordFile } from '../core/record-kinds'
import { RETIRED_FILE } from '../validate/rules/retired-ids'
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

/** Deeper nesting than any record has: refused before parsing, which would recurse that deep. */
const MAX_NESTING = 64

const layoutIssue = (file: string, message: string, tip: string): LintIssue => ({
  rule: 'layout',
  severity: 'error',
  file,
  path: [],
  message,
  tip,
})

/** How deeply brackets nest in a JSON text, strings skipped. */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (inString) {
      if (character === '\\') index++
      else if (character === '"') inString = false
    } else if (character === '"') inString = true
    else if (character === '[' || character === '{') deepest = Math.max(deepest, ++depth)
    else if (character === ']' || character === '}') depth--
  }
  return deepest
}

/**
 * A record file's text, or the one problem that keeps it from being read: a link,
 * a folder, an unreadable file, a byte-order mark, bytes that are not UTF-8, or
 * nesting deeper than any record has. Never throws.
 */
function readRecordText(path: string, file: string): { text: string } | { issue: LintIssue } {
  try {
    const stats = lstatSync(path)
    if (stats.isSymbolicLink()) {
      return {
        issue: layoutIssue(
          file,
          'is a symbolic link',
          'replace the link with the record file itself',
        ),
      }
    }
    if (!stats.isFile()) {
      return {
        issue: layoutIssue(file, 'is a folder, not a record file', 'move the folder out of data/'),
      }
    }
    const bytes = readFileSync(path)
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return {
        issue: layoutIssue(
          file,
          'starts with a byte-order mark',
          'save the file as UTF-8 without BOM (npm run format does not remove it)',
        ),
      }
    }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return {
        issue: layoutIssue(
          file,
          'is not valid UTF-8',
          'save the file as UTF-8; check for text pasted from another encoding',
        ),
      }
    }
    const depth = nestingDepth(text)
    if (depth > MAX_NESTING) {
      return {
        issue: layoutIssue(
          file,
          `nests ${depth} levels deep`,
          `no record nests more than ${MAX_NESTING} levels`,
        ),
      }
    }
    return { text }
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'
    return {
      issue: layoutIssue(
        file,
        `cannot be read (${reason})`,
        'check the file exists and is readable',
      ),
    }
  }
}

/** Parses strict JSON (no comments, no trailing commas), reporting each syntax error located. */
function parseStrictJson(
  text: string,
  file: string,
): { tree: Node | undefined; syntaxIssues: LintIssue[] } {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  const syntaxIssues = errors.map(
    (error): LintIssue => ({
      rule: 'json-syntax',
      severity: 'error',
      file,
      path: [],
      ...positionOfOffset(text, error.offset),
      message: `invalid JSON: ${printParseErrorCode(error.error)}`,
      tip: 'strict JSON: no comments, no trailing commas, double-quoted keys',
    }),
  )
  return { tree, syntaxIssues }
}

/** Strings holding half of a UTF-16 surrogate pair, which no text can contain. */
function loneSurrogateIssues(file: string, value: unknown, path: PathSegment[]): LintIssue[] {
  if (typeof value === 'string') {
    // A lone surrogate: a high one not followed by a low one, or a low one not after a high one.
    return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)
      ? [
          {
            rule: 'json-syntax',
            severity: 'error',
            file,
            path,
            message: 'contains a lone surrogate (half of an escaped character pair)',
            tip: 'write the character itself, or a complete \\u pair',
          },
        ]
      : []
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, item]) =>
    loneSurrogateIssues(file, item, [...path, Array.isArray(value) ? Number(key) : key]),
  )
}

/**
 * Reads every record file under a data folder (`engagements/`, `officials/`,
 * `sources/`). Strict JSON only: comments, trailing commas and duplicate keys are
 * reported, as is any file that is not a `.json` record.
 *
 * @param dataDir - the folder holding the three kind folders
 * @param displayRoot - prefix for file names in issues, e.g. `data`
 *
 * @example
 * const { files, issues } = loadDataDirectory('no-such-folder')
 * files //=> []
 * issues.map((issue) => `${issue.file}: ${issue.message}`)[0]
 * //=> 'no-such-folder/engagements: folder is missing'
 */
export function loadDataDirectory(dataDir: string, displayRoot = dataDir): LoadResult {
  const files: LoadedFile[] = []
  const issues: LintIssue[] = []
  const unreadableIds = new Set<string>()
  for (const kind of RECORD_KINDS) {
    const folder = join(dataDir, KIND_FOLDERS[kind])
    const shown = `${displayRoot}/${KIND_FOLDERS[kind]}`
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      issues.push({
        rule: 'layout',
        severity: 'error',
        file: shown,
        path: [],
        message: existsSync(folder) ? 'is a file, not a folder' : 'folder is missing',
        tip: `${shown}/ is a folder with one JSON file per ${kind}`,
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
      const read = readRecordText(join(folder, name), file)
      if ('issue' in read) {
        issues.push(read.issue)
        unreadableIds.add(name.slice(0, -'.json'.length))
        continue
      }
      const { text } = read
      const { tree, syntaxIssues } = parseStrictJson(text, file)
      if (syntaxIssues.length > 0) {
        issues.push(...syntaxIssues)
        unreadableIds.add(name.slice(0, -'.json'.length))
        continue
      }
      issues.push(...duplicateKeyIssues(file, text, tree))
      // JSON.parse, not the tolerant parser's value: it keeps "__proto__" as plain data.
      const value: unknown = JSON.parse(text)
      issues.push(...loneSurrogateIssues(file, value, []))
      files.push({ file, kind, value, text })
    }
  }
  const retiredPath = join(dataDir, RETIRED_FILE)
  if (!existsSync(retiredPath)) return { files, issues, unreadableIds }
  const file = `${displayRoot}/${RETIRED_FILE}`
  const read = readRecordText(retiredPath, file)
  if ('issue' in read) return { files, issues: [...issues, read.issue], unreadableIds }
  const { syntaxIssues } = parseStrictJson(read.text, file)
  return syntaxIssues.length > 0
    ? { files, issues: [...issues, ...syntaxIssues], unreadableIds }
    : { files, issues, unreadableIds, retired: { file, value: JSON.parse(read.text) } }
}
