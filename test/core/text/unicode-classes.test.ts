import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { combiningMarks, nonLettersOrDigits } from '../../../src/core/text/unicode-classes'

/** Every TypeScript file under a folder. */
const sourcesIn = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesIn(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  )

describe('unicode-classes', () => {
  it('match what the Unicode property classes match', () => {
    expect('Türkiye'.normalize('NFKD').replace(combiningMarks(), '')).toBe('Turkiye')
    expect('al-Obeidi, خالد'.split(nonLettersOrDigits())).toEqual(['al', 'Obeidi', 'خالد'])
  })

  // A formatter's "use a literal" fix once undid this unnoticed: V8 checks a Unicode-class
  // literal when its module is parsed (about 0.4 ms each), used or not.
  it('write no Unicode-class pattern in src/ as a literal', () => {
    const literals = sourcesIn('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
        .filter(({ text }) => !text.startsWith('*') && !text.startsWith('//'))
        .filter(({ text }) => /(?<!\\)\\p\{/.test(text))
        .map(({ file, line }) => `${file}:${line}`),
    )
    expect(literals).toEqual([])
  })
})
