import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ENTRIES = ['src/index.ts', 'src/schema.ts']

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
const MODULES = walk('src').filter((path) => path.endsWith('.ts'))

const program = ts.createProgram(MODULES, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
})
const checker = program.getTypeChecker()

/** The doc comments of a declaration: a `const` carries them on its statement. */
const docsOf = (declaration: ts.Declaration): ts.JSDoc[] => {
  const commented = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration
  return (commented as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []
}

/**
 * Every export of the given modules whose declarations have no description or no
 * `@example` (an overloaded function may carry them on any of its signatures).
 */
function undocumented(
  modules: readonly string[],
  { typesToo }: { typesToo: boolean },
): { missingDescription: string[]; missingExample: string[] } {
  const missingDescription: string[] = []
  const missingExample: string[] = []
  for (const path of modules) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(path) as ts.SourceFile)
    if (!module) continue
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      // Re-exports are checked where they are declared.
      if (!typesToo && target !== symbol) continue
      if (!typesToo && target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
        continue
      }
      const docs = (target.declarations ?? []).flatMap(docsOf)
      if (target.declarations === undefined || target.declarations.length === 0) continue
      const name = `${path} ${symbol.name}`
      if (!docs.some((doc) => ts.getTextOfJSDocComment(doc.comment)?.trim())) {
        missingDescription.push(name)
      }
      if (!docs.some((doc) => doc.tags?.some((tag) => tag.tagName.text === 'example'))) {
        missingExample.push(name)
      }
    }
  }
  return { missingDescription, missingExample }
}

describe('exports', () => {
  it('of the entries have a description and an @example (test/docs/examples.test.ts runs them)', () => {
    expect(undocumented(ENTRIES, { typesToo: true })).toEqual({
      missingDescription: [],
      missingExample: [],
    })
  })

  it('of every module, functions and values, have a description and an @example', () => {
    expect(MODULES.length).toBeGreaterThan(100)
    expect(undocumented(MODULES, { typesToo: false })).toEqual({
      missingDescription: [],
      missingExample: [],
    })
  })
})
