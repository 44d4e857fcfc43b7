import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

/**
 * Bundles the two public entries for ESM and CJS with their own declaration files
 * (`.d.ts` for `import`, `.d.cts` for `require`). Runs after the data pipeline has
 * written `src/generated/`; the records are not bundled but imported from
 * `dist/data/*.json` as JSON modules (with `require` in the CommonJS files).
 * The CommonJS files freeze their exports, so that one consumer cannot replace
 * `engagements` or a helper for every other `require` in the process.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    // See src/zod-free-core.ts: keeps zod out of the chunk the data helpers need.
    'zod-free-core': 'src/zod-free-core.ts',
    // The command line (package.json "bin"), built on the same library code.
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts' } },
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  splitting: true,
  // The records stay JSON files beside the bundle (dist/data/, written by the export
  // step from the same records): the chunks import them as JSON modules instead of
  // carrying them as JavaScript, which V8 would have to scan (docs/performance.md).
  // esbuild drops import attributes for any es20xx target; Node needs `with { type:
  // 'json' }` to load a JSON module, so the ESM output keeps them (CJS uses require).
  esbuildOptions(options, context) {
    if (context.format === 'esm') {
      options.supported = { ...options.supported, 'import-attributes': true }
    }
  },
  esbuildPlugins: [
    {
      name: 'records-as-json-modules',
      setup(build) {
        build.onResolve({ filter: /^\.\/(engagements|officials|sources)\.json$/ }, (args) => ({
          path: `./data/${args.path.slice(2)}`,
          external: true,
        }))
      },
    },
  ],
  // Only the entries: the shared chunks attach their exports after any footer.
  async onSuccess() {
    for (const entry of ['dist/index.cjs', 'dist/schema.cjs']) {
      await appendFile(entry, '\nObject.freeze(module.exports);\n')
    }
    // tsup's tree-shaking pass (Rollup 4) prints import attributes with the old
    // `assert` keyword, which Node 22 refuses: the JSON imports get `with` back.
    for (const name of await readdir('dist')) {
      if (!name.endsWith('.js')) continue
      const code = await readFile(`dist/${name}`, 'utf8')
      const fixed = code.replaceAll(' assert { type: "json" };', ' with { type: "json" };')
      if (fixed !== code) await writeFile(`dist/${name}`, fixed)
    }
  },
})
