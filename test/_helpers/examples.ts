import { readFileSync } from 'node:fs'
import ts from 'typescript'

/** One example: where it is written and its code. */
export interface Example {
  readonly file: string
  readonly line: number
  readonly code: string
}

/**
 * The `@example` blocks of a TypeScript file's doc comments (as the compiler reads
 * them, so text inside template strings is not mistaken for a comment), with the line
 * each starts on.
 */
export function examplesInSource(file: string): Example[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const examples: Example[] = []
  const seen = new Set<number>()
  const visit = (node: ts.Node) => {
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example' || seen.has(tag.pos)) continue
        seen.add(tag.pos)
        const code = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim()
        const line = source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 2
        if (code) examples.push({ file, line, code })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return examples
}

/**
 * The JavaScript and TypeScript code blocks of a Markdown file that state a result
 * (`//=>`) or an error (`// throws`).
 */
export function examplesInMarkdown(file: string): Example[] {
  const text = readFileSync(file, 'utf8')
  const examples: Example[] = []
  for (const block of text.matchAll(/```(?:ts|js|typescript|javascript)\n([\s\S]*?)```/g)) {
    const code = block[1] as string
    if (!/\/\/=>|\/\/ throws /.test(code)) continue
    const line = text.slice(0, block.index).split('\n').length + 1
    examples.push({ file, line, code: code.replace(/^import .*$/gm, '').trim() })
  }
  return examples
}

const parses = (source: string): boolean => {
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.ES2022, false)
  return (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0
}

/**
 * `try { call() } catch (error) { error.suggestions }` as an expression: the value
 * the catch block gives, and a failure when the call does not throw.
 */
const TRY_CATCH = /^\s*try \{ (.*) \} catch \((\w+)\) \{ (.*) \}\s*$/s

/** The statements before a trailing expression, and the expression (its longest parse). */
function splitTrailingExpression(lines: readonly string[]): [string[], string] {
  for (let start = 0; start < lines.length; start++) {
    const text = lines.slice(start).join('\n')
    const statements = lines.slice(0, start)
    if (!parses(statements.join('\n'))) continue
    const tried = text.match(TRY_CATCH)
    const expression = tried
      ? `await (async () => { try { ${tried[1]} } catch (${tried[2]}) { return (${tried[3]}) } throw new Error('expected a throw') })()`
      : text
    if (parses(`async function f() { ;(${expression}\n); }`)) return [statements, expression]
  }
  throw new Error(`no expression before //=> in:\n${lines.join('\n')}`)
}

/**
 * Rewrites an example into statements that check it: `expression //=> result`
 * (on one line, or with `//=>` on the next) becomes `__check(…)`, and
 * `expression // throws ErrorName: message` becomes `__throws(…)`; every other line
 * runs as written.
 */
export function compileExample(code: string): string {
  const out: string[] = []
  let buffer: string[] = []
  const check = (lines: string[], expected: string) => {
    const [statements, expression] = splitTrailingExpression(lines)
    out.push(
      ...statements,
      `await __check(${JSON.stringify(expression)}, async () => (${expression}\n), async () => (${expected}\n));`,
    )
    buffer = []
  }
  const expectThrow = (lines: string[], name: string, message: string | undefined) => {
    const [statements, expression] = splitTrailingExpression(lines)
    out.push(
      ...statements,
      `await __throws(${JSON.stringify(expression)}, async () => (${expression}\n), ${JSON.stringify(name)}, ${JSON.stringify(message ?? null)});`,
    )
    buffer = []
  }
  // "// throws Name: message" checks the message too; "// throws Name, remark" only the class.
  const THROWS = /\/\/ throws (\w+)(?::\s*(.*))?/
  for (const line of code.split('\n')) {
    const trimmed = line.trim()
    const result = line.indexOf('//=>')
    const throws = line.match(THROWS)
    if (trimmed.startsWith('//=>')) check(buffer, trimmed.slice(4).trim())
    else if (result !== -1) check([...buffer, line.slice(0, result)], line.slice(result + 4).trim())
    else if (throws && trimmed.startsWith('//')) expectThrow(buffer, throws[1] as string, throws[2])
    else if (throws) {
      expectThrow([...buffer, line.slice(0, throws.index)], throws[1] as string, throws[2])
    } else if (!trimmed.startsWith('//') && !trimmed.startsWith('import ')) buffer.push(line)
  }
  out.push(...buffer)
  return ts.transpileModule(out.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText
}
