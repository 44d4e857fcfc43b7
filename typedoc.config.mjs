/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['src/index.ts', 'src/schema.ts'],
  out: 'docs/api',
  name: 'iraq-defense-engagements',
  // The README, with its links pointed inside the site, and the catalog: written by npm run site.
  readme: '.tmp/site/README.md',
  // The guides, rendered as pages of the site (and linked from the README).
  projectDocuments: [
    'docs/querying.md',
    'docs/dates.md',
    'docs/names.md',
    'docs/data-model.md',
    'docs/data-files.md',
    'docs/methodology.md',
    'docs/coverage.md',
    'docs/vocabulary.md',
    'docs/cli.md',
    'docs/performance.md',
    'docs/architecture.md',
    'CONTRIBUTING.md',
    'VERSIONING.md',
    'CHANGELOG.md',
    '.tmp/site/catalog/**/*.md',
  ],
  includeVersion: true,
  excludeInternal: true,
  excludePrivate: true,
  sort: ['source-order'],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  // Every export is documented; the members of zod's inferred object types are not declarations of ours.
  requiredToBeDocumented: ['Function', 'Variable', 'Class', 'Interface', 'TypeAlias', 'Enum'],
  disableSources: true,
  highlightLanguages: [
    'typescript',
    'javascript',
    'json',
    'sh',
    'bash',
    'console',
    'sql',
    'python',
    'r',
  ],
  // Catalog pages are grouped (by counterpart, year, official) in the side navigation.
  navigation: { includeGroups: true },
  treatWarningsAsErrors: true,
}
