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
  // Every export is documented; the members of zod's inferred object types are not declarations of ours.
  requiredToBeDocumented: ['Function', 'Variable', 'Class', 'Interface', 'TypeAlias', 'Enum'],
  disableSources: true,
  highlightLanguages: ['typescript', 'javascript', 'json', 'sh', 'bash', 'sql', 'python', 'r'],
  treatWarningsAsErrors: true,
}
