import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

/** One import from a module of `src/` to another, as repository-relative paths. */
export interface ModuleImport {
  readonly from: string
  readonly to: string
}

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const resolveModule = (from: string, specifier: string): string | undefined => {
  const base = join(dirname(from), specifier)
  return [`${base}.ts`, `${base}.mjs`, join(base, 'index.ts'), base].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  )
}

/**
 * Every relative import (static, dynamic and type-only) between the TypeScript and
 * JavaScript modules under a folder, read with the TypeScript compiler's own scanner.
 */
export function moduleImports(root: string): ModuleImport[] {
  return walk(root)
    .filter((path) => /\.(ts|mjs)$/.test(path))
    .flatMap((from) => {
      const info = ts.preProcessFile(readFileSync(from, 'utf8'), true, true)
      return info.importedFiles
        .map((file) => file.fileName)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({ from, to: resolveModule(from, specifier) ?? specifier }))
    })
    .map(({ from, to }) => ({ from: relative('.', from), to: relative('.', to) }))
}

/**
 * The layer a module belongs to: `core/<folder>` inside core (so that core's folders
 * are checked for cycles among themselves), otherwise the folder under `src/`, and
 * `entries` for the package entry points at the top of `src/`.
 */
export function layerOf(path: string): string {
  const parts = path.split('/').slice(1)
  if (parts.length === 1) return 'entries'
  if (parts[0] === 'core') return parts.length > 2 ? `core/${parts[1]}` : 'core'
  return parts[0] as string
}

/** Folder-level edges (`from` layer imports `to` layer), each with one example import. */
export function layerEdges(imports: readonly ModuleImport[]): Map<string, ModuleImport> {
  const edges = new Map<string, ModuleImport>()
  for (const entry of imports) {
    const from = layerOf(entry.from)
    const to = layerOf(entry.to)
    if (from !== to && !edges.has(`${from} -> ${to}`)) edges.set(`${from} -> ${to}`, entry)
  }
  return edges
}

/** The cycles of a directed graph given as `a -> b` edge keys, each as a list of nodes. */
export function cyclesOf(edgeKeys: Iterable<string>): string[][] {
  const next = new Map<string, string[]>()
  for (const key of edgeKeys) {
    const [from, to] = key.split(' -> ') as [string, string]
    next.set(from, [...(next.get(from) ?? []), to])
  }
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return
    if (state.get(node) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(node)), node])
      return
    }
    state.set(node, 'open')
    for (const target of next.get(node) ?? []) visit(target, [...trail, node])
    state.set(node, 'done')
  }
  for (const node of next.keys()) visit(node, [])
  return cycles
}
