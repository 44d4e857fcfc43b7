import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser'
import type { PathSegment } from '../core/issue'

/** A 1-based line and column in a text file. */
export interface Position {
  readonly line: number
  readonly column: number
}

/**
 * Converts a character offset into a 1-based line and column.
 *
 * @example
 * positionOfOffset('{\n  "id": 1\n}', 4) //=> { line: 2, column: 3 }
 */
export function positionOfOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

/**
 * Finds where a JSON path sits in a file's text: the key of the property when the
 * path names one, else the nearest ancestor that exists (for a missing field, the
 * object that should hold it).
 *
 * @example
 * locateJsonPath('{\n  "participants": [\n    { "officialId": "x" }\n  ]\n}', ['participants', 0, 'officialId'])
 * //=> { line: 3, column: 7 }
 */
export function locateJsonPath(text: string, path: readonly PathSegment[]): Position {
  const tree = parseTree(text)
  if (!tree) return { line: 1, column: 1 }
  for (let length = path.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, length) as PathSegment[])
    if (!node) continue
    const anchor = node.parent?.type === 'property' ? node.parent : node
    return positionOfOffset(text, anchor.offset)
  }
  return { line: 1, column: 1 }
}
