import type { CountryCode } from '../core/countries/alpha2-codes.generated'
import { countryName } from '../core/countries/resolve-country'
import type { Engagement } from '../core/schema/engagement'
import type { Official } from '../core/schema/official'
import type { Source } from '../core/schema/source'
import { ORGANIZATIONS } from '../core/vocabulary/vocabulary'
import type { CompletedRecords } from '../records/complete-records'

/** Markdown text safe inside a link label or a table cell. */
const text = (value: string) => value.replace(/([[\]|*_`<>])/g, '\\$1')

const counterpartName = (code: string) =>
  /^[A-Z]{2}$/.test(code)
    ? countryName(code as CountryCode)
    : (ORGANIZATIONS[code as keyof typeof ORGANIZATIONS] ?? code)

const counterpartsOf = (engagement: Engagement) => [
  ...engagement.countries.filter((code) => code !== 'IQ'),
  ...engagement.organizations,
]

const yearOf = (engagement: Engagement) =>
  (engagement.startDate ?? engagement.endDate ?? engagement.date).slice(0, 4)

/** Groups engagements by keys, keeping chronological order inside each group. */
function groupBy(engagements: readonly Engagement[], keys: (engagement: Engagement) => string[]) {
  const groups = new Map<string, Engagement[]>()
  for (const engagement of engagements) {
    for (const key of new Set(keys(engagement)))
      groups.set(key, [...(groups.get(key) ?? []), engagement])
  }
  return groups
}

/**
 * One engagement as a catalog entry: its date as recorded, type and status, the
 * counterparts, the participants (linked to their pages) and the sources (linked).
 * `root` is the path from the page to the catalog folder.
 */
function entry(engagement: Engagement, sources: ReadonlyMap<string, Source>, root: string): string {
  const people = engagement.participants.map(
    (person) => `[${text(person.name)}](${root}officials/${person.officialId}.md) (${person.role})`,
  )
  const cited = engagement.sources.map(({ sourceId }) => {
    const source = sources.get(sourceId)
    return source ? `[${text(source.publisher)}](${source.url})` : sourceId
  })
  return [
    `### ${text(engagement.date)} · ${text(engagement.title)}`,
    '',
    `${engagement.type.replaceAll('_', ' ')}, ${engagement.status} · with ${counterpartsOf(engagement).map(counterpartName).join(', ')} · \`${engagement.id}\``,
    '',
    text(engagement.summary),
    '',
    ...(people.length ? [`People: ${people.join('; ')}`, ''] : []),
    `Sources: ${cited.join('; ')}`,
    '',
  ].join('\n')
}

/**
 * Renders the browsable catalog that `npm run docs` adds to the site, as Markdown
 * pages keyed by path under `catalog/`: an index with counts, one page per
 * counterpart and per year listing every engagement with its date as recorded, type,
 * participants and source links, and one page per official with names, offices and
 * engagements. typedoc renders them as pages of the site; nothing is fetched from
 * elsewhere.
 *
 * @example
 * Object.keys(renderCatalog({ engagements: [], officials: [], sources: [] }))
 * //=> ['catalog/index.md', 'catalog/officials.md']
 */
export function renderCatalog(records: CompletedRecords): Record<string, string> {
  const sources = new Map(records.sources.map((source) => [source.id, source]))
  const byCounterpart = groupBy(records.engagements, counterpartsOf)
  const byYear = groupBy(records.engagements, (engagement) => [yearOf(engagement)])
  const byOfficial = groupBy(records.engagements, (engagement) =>
    engagement.participants.map((person) => person.officialId),
  )
  const pages: Record<string, string> = {}
  const counterparts = [...byCounterpart].sort(
    ([a, x], [b, y]) => y.length - x.length || a.localeCompare(b),
  )
  const years = [...byYear].sort(([a], [b]) => a.localeCompare(b))
  pages['catalog/index.md'] = [
    '---',
    'title: Catalog',
    'group: Catalog',
    '---',
    '# Catalog of engagements',
    '',
    `${records.engagements.length} engagements, ${records.officials.length} officials and ${records.sources.length} sources. Every entry shows its date as recorded (EDTF, as precise as the sources), its type, the people named and links to the sources.`,
    '',
    '## By counterpart',
    '',
    '| counterpart | engagements |',
    '| --- | ---: |',
    ...counterparts.map(
      ([code, list]) =>
        `| [${text(counterpartName(code))}](counterparts/${code}.md) | ${list.length} |`,
    ),
    '',
    '## By year',
    '',
    '| year | engagements |',
    '| --- | ---: |',
    ...years.map(([year, list]) => `| [${year}](years/${year}.md) | ${list.length} |`),
    '',
    '## People',
    '',
    'Every official, with the spellings seen and the offices held: [officials](officials.md).',
    '',
  ].join('\n')
  for (const [code, list] of counterparts) {
    pages[`catalog/counterparts/${code}.md`] = [
      '---',
      `title: ${counterpartName(code)}`,
      'group: Catalog by counterpart',
      '---',
      `# ${text(counterpartName(code))}`,
      '',
      `${list.length} engagements, oldest first. [Back to the catalog](../index.md)`,
      '',
      ...list.map((engagement) => entry(engagement, sources, '../')),
    ].join('\n')
  }
  for (const [year, list] of years) {
    pages[`catalog/years/${year}.md`] = [
      '---',
      `title: '${year}'`,
      'group: Catalog by year',
      '---',
      `# ${year}`,
      '',
      `${list.length} engagements, in order. [Back to the catalog](../index.md)`,
      '',
      ...list.map((engagement) => entry(engagement, sources, '../')),
    ].join('\n')
  }
  pages['catalog/officials.md'] = [
    '---',
    'title: Officials',
    'group: Catalog',
    '---',
    '# Officials',
    '',
    '| name | in their own script | served | engagements |',
    '| --- | --- | --- | ---: |',
    ...records.officials.map(
      (official) =>
        `| [${text(official.name)}](officials/${official.id}.md) | ${text(official.nativeName?.name ?? '')} | ${text(official.country ? counterpartName(official.country) : (official.organization ?? ''))} | ${byOfficial.get(official.id)?.length ?? 0} |`,
    ),
    '',
  ].join('\n')
  for (const official of records.officials)
    pages[`catalog/officials/${official.id}.md`] = officialPage(
      official,
      byOfficial.get(official.id) ?? [],
      sources,
    )
  return pages
}

function officialPage(
  official: Official,
  engagements: readonly Engagement[],
  sources: ReadonlyMap<string, Source>,
): string {
  const positions = official.positions.map((position) => {
    const term =
      position.from || position.to ? ` (${position.from ?? '?'} – ${position.to ?? ''})` : ''
    return `- ${text(position.title)}${term}`
  })
  return [
    '---',
    `title: ${JSON.stringify(official.name)}`,
    'group: Catalog of officials',
    '---',
    `# ${text(official.name)}`,
    '',
    ...(official.nativeName
      ? [`In their own script: ${text(official.nativeName.name)} (${official.nativeName.lang})`, '']
      : []),
    ...(official.aliases.length
      ? [
          `Also written: ${official.aliases.map((alias) => `${text(alias.name)} (${alias.kind.replace('_', ' ')})`).join('; ')}`,
          '',
        ]
      : []),
    '## Offices',
    '',
    ...positions,
    '',
    `## Engagements (${engagements.length})`,
    '',
    `[Officials](../officials.md) · [Catalog](../index.md) · \`${official.id}\``,
    '',
    ...engagements.map((engagement) => entry(engagement, sources, '../')),
  ].join('\n')
}
