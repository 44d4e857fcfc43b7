import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

describe('release metadata', () => {
  it('CITATION.cff names the package version and a dataset type', () => {
    const citation = readFileSync('CITATION.cff', 'utf8')
    expect(citation).toMatch(/^type: dataset$/m)
    expect(citation).toMatch(new RegExp(`^version: ${pkg.version.replaceAll('.', '\\.')}$`, 'm'))
    expect(citation).toMatch(/^license: CC-BY-4\.0$/m)
  })

  it('CHANGELOG.md has an entry for the package version', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## ${pkg.version}`)
  })
})
