import { defineConfig } from 'tsup'

/**
 * Bundles the two public entries for ESM and CJS with their own declaration files
 * (`.d.ts` for `import`, `.d.cts` for `require`). Runs after the data pipeline has
 * written `src/generated/`, so the records are inlined as plain object literals.
 */
export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  splitting: true,
})
