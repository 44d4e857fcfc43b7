import { defineConfig } from 'vitest/config'

// npm run test:package: the packed tarball as consumers get it. Each step starts
// other programs (npm, tsc, Chromium), so the timeouts are generous enough to hold
// on a loaded two-core machine; nothing here measures speed.
export default defineConfig({
  test: {
    include: ['test/consumers/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
})
