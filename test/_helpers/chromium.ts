import { existsSync } from 'node:fs'

/**
 * The headless browser the consumer tests use: `CHROMIUM_PATH`, or Debian's or
 * Google's package; `undefined` when none is installed (CI installs Debian's).
 */
export const chromium = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path) => path && existsSync(path))
