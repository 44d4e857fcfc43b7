/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['src/index.ts', 'src/schema.ts'],
  out: 'docs/api',
  name: 'iraq-defense-engagements',
  readme: 'README.md',
  includeVersion: true,
  excludeInternal: true,
  excludePrivate: true,
  sort: ['source-order'],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  disableSources: true,
  treatWarningsAsErrors: true,
}
