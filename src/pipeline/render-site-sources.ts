import type { CompletedRecords } from '../records/complete-records'
import { renderCatalog } from './render-catalog'

/**
 * Where `npm run site` writes what typedoc turns into the site (not committed).
 *
 * @example
 * SITE_FOLDER //=> '.tmp/site'
 */
export const SITE_FOLDER = '.tmp/site'

/** The prefix of the README's links into the package, absolute so that npm resolves them. */
const PACKAGE_LINK = 'https://unpkg.com/iraq-defense-engagements/'

/**
 * The site's own sources: the README as its front page, with the links into the
 * package pointed at the files themselves (typedoc turns them into pages of the site
 * and copies the chart, so the site needs no network), plus the catalog pages.
 *
 * @example
 * renderSiteSources({ engagements: [], officials: [], sources: [] }, '# Title\n')['README.md'].includes('catalog/index.md')
 * //=> true
 */
export function renderSiteSources(
  records: CompletedRecords,
  readme: string,
): Record<string, string> {
  // From .tmp/site/ back to the project root.
  const local = readme.replaceAll(PACKAGE_LINK, '../../')
  const withCatalog = local.replace(
    /^(# .*\n)/,
    `$1\nBrowse every engagement by counterpart, by year and by person in the [catalog](catalog/index.md).\n`,
  )
  return { 'README.md': withCatalog, ...renderCatalog(records) }
}
