import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ENTRIES = ['src/index.ts', 'src/schema.ts']

/** Every export of an entry whose declaration has no description or no `@example`. */
function undocumented(): { missingDescription: string[]; missingExample: string[] } {
  const program = ts.createProgram(ENTRIES, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  const missingDescription: string[] = []
  const missingExample: string[] = []
  for (const entry of ENTRIES) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile)
    for (const symbol of checker.getExportsOfModule(module as ts.Symbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const declaration = target.declarations?.[0]
      if (!declaration) continue
      // A `const` carries its comment on the statement, not on the declarator.
      const commented = ts.isVariableDeclaration(declaration)
        ? declaration.parent.parent
        : declaration
      const docs = (commented as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []
      const name = `${entry} ${symbol.name}`
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

describe('every export of the entries', () => {
  it('has a description and an @example (which test/docs/examples.test.ts runs)', () => {
    expect(undocumented()).toEqual({ missingDescription: [], missingExample: [] })
  })
})
