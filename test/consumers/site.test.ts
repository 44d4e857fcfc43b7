import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium } from '../_helpers/chromium'

// The documentation site as readers get it: built by `npm run docs` (npm test builds it
// before this runs), served over HTTP and rendered by headless Chromium.
const SITE = 'docs/api'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

let server: Server
let base = ''
const screenshots = mkdtempSync(join(tmpdir(), 'ide-site-'))

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html')))
    execFileSync('npm', ['run', 'docs'], { stdio: 'ignore' })
  server = createServer((request, response) => {
    const path = normalize(
      join(SITE, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)),
    )
    const file = path.endsWith('/') ? join(path, 'index.html') : path
    if (!file.startsWith(SITE) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/**
 * Renders a page; returns the screenshot's size and what the page logged to its
 * console. Asynchronous, so that this process keeps serving the page meanwhile.
 */
async function render(path: string, name: string): Promise<{ bytes: number; console: string[] }> {
  const screenshot = join(screenshots, `${name}.png`)
  const child = spawn(
    chromium as string,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--enable-logging=stderr',
      '--v=0',
      // Lets the page's scripts run (typedoc shows a page once its script has).
      '--virtual-time-budget=5000',
      '--window-size=1200,900',
      `--screenshot=${screenshot}`,
      `${base}/${path}`,
    ],
    { timeout: 120_000 },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk)
  })
  await new Promise((resolve) => child.on('close', resolve))
  const console = stderr.split('\n').filter((line) => line.includes(':CONSOLE'))
  return { bytes: existsSync(screenshot) ? statSync(screenshot).size : 0, console }
}

/** The site page of a project document, found by its title. */
function documentTitled(title: string): string {
  const folder = join(SITE, 'documents')
  const file = readdirSync(folder).find((name) =>
    readFileSync(join(folder, name), 'utf8').includes(`<title>${title} |`),
  )
  if (!file) throw new Error(`no page titled ${title}`)
  return `documents/${file}`
}

describe.skipIf(!chromium && !process.env.CI)('the documentation site in headless Chromium', () => {
  it('renders the front page, a catalog page, an official page and the chart, with no console output', async () => {
    if (!chromium)
      throw new Error(
        'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
      )
    // A blank page, to tell a real render from an empty one by the screenshot's size.
    const blank = await render('missing-page.html', 'blank')
    const pages = {
      front: 'index.html',
      catalog: documentTitled('Iran'),
      official: documentTitled('Thabet Mohammed Saeed Al-Abbasi'),
      chart: 'media/timeline.svg',
    }
    for (const [name, path] of Object.entries(pages)) {
      const { bytes, console } = await render(path, name)
      expect(console, `${path} logged to its console`).toEqual([])
      expect(bytes, `${path} renders more than a blank page`).toBeGreaterThan(blank.bytes * 5)
    }
  })

  it('links the catalog from the front page and embeds the chart from the site itself', () => {
    const front = readFileSync(join(SITE, 'index.html'), 'utf8')
    expect(front).toMatch(/href="[^"]*Catalog\.html"/)
    expect(front).toMatch(/src="[^"]*media\/timeline\.svg"/)
    expect(front).not.toContain('https://unpkg.com')
  })
})
