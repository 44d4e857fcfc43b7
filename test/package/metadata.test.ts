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

describe('README links on the npm page', () => {
  const readme = readFileSync('README.md', 'utf8')
  const files = (JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] }).files
  const shipped = (path: string) =>
    files.some((pattern) =>
      pattern.includes('*')
        ? new RegExp(`^${pattern.replaceAll('.', '\\.').replace('*', '[^/]+')}$`).test(path)
        : path === pattern || path.startsWith(`${pattern}/`),
    )
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string)

  it('are absolute, since npm resolves no relative link without a repository', () => {
    expect(links.filter((link) => !/^(https?:|#)/.test(link))).toEqual([])
  })

  it('point at files the tarball ships, when they point into the package', () => {
    const prefix = 'https://unpkg.com/iraq-defense-engagements/'
    const paths = links
      .filter((link) => link.startsWith(prefix))
      .map((link) => link.slice(prefix.length).replace(/#.*$/, ''))
    expect(paths.length).toBeGreaterThan(3)
    expect(paths.filter((path) => !shipped(path))).toEqual([])
  })
})
