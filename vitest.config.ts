import { defineConfig } from 'vitest/config'

// npm test: the data, the API and the build tooling. The packed-package and consumer
// checks (tarball, tsc under three resolutions, browsers, publint, attw, size-limit)
// are slower and run separately: npm run test:package (vitest.package.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumers/**', '**/node_modules/**'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    testTimeout: 30_000,
  },
})
