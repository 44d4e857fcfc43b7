import { appendFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

/**
 * Bundles the two public entries for ESM and CJS with their own declaration files
 * (`.d.ts` for `import`, `.d.cts` for `require`). Runs after the data pipeline has
 * written `src/generated/`, so the records are inlined (as JSON strings parsed once).
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
  // Only the entries: the shared chunks attach their exports after any footer.
  async onSuccess() {
    for (const entry of ['dist/index.cjs', 'dist/schema.cjs']) {
      await appendFile(entry, '\nObject.freeze(module.exports);\n')
    }
  },
})
