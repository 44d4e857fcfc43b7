/**
 * The help of the command line, kept apart so that `--help` answers without loading the data.
 *
 * @example
 * HELP[''].split('\n')[0] //=> 'Usage: iraq-defense-engagements <command> [options]'
 * HELP.show.includes('eng_57vbpo') //=> true
 */
export const HELP: Record<string, string> = {
  '': `Usage: iraq-defense-engagements <command> [options]

Commands
  timeline      engagements in a date range, filtered (see timeline --help)
  country <c>   engagements with a state: a code (IR, IRN) or a name (Iran)
  official <n>  engagements of a person, by name (any spelling) or id
  organization <o>  engagements with NATO, the anti-ISIS coalition (CJTF_OIR), the EU or AOI
  search <text>  engagements whose words contain every word of the text, best first
  show <id>     one engagement with its participants and sources, or one official
  stats         counts by counterpart, year and type
  countries     the counterparts, with their number of engagements
  officials     every official, with positions and aliases

Options
  --format <f>  table (default), json, ndjson, csv or tsv
  --help        help for a command

Examples
  iraq-defense-engagements country Iran --format csv > iran.csv
  iraq-defense-engagements timeline --from 2021 --to 2021 --type visit
  iraq-defense-engagements official "Juma Inad"`,
  timeline: `Usage: iraq-defense-engagements timeline [options]

  --from <date>      YYYY, YYYY-MM or YYYY-MM-DD; a period counts whole
  --to <date>        the same
  --country <c>      a state's code or name
  --official <n>     a person's name or id
  --organization <o> NATO, CJTF_OIR (the anti-ISIS coalition), EU or AOI, by code or name
  --system <s>       a weapons system in any spelling (F16 finds F-16IQ)
  --topic <t>        air_defense, aviation, naval, … (repeatable)
  --participant-side <s>  iraq, counterpart or third_party (repeatable)
  --type <t>         visit, meeting, call, … (repeatable)
  --status <s>       occurred, announced, postponed or cancelled (repeatable)
  --order <o>        asc (default) or desc
  --format <f>       table, json, ndjson, csv or tsv

Example
  iraq-defense-engagements timeline --country TR --from 2024 --format json`,
  country: `Usage: iraq-defense-engagements country <country> [--format f]

  Engagements in which a state is a party, oldest first. Takes a code (IR, IRN)
  or an English name in any case ("Iran", "republic of korea").

Example
  iraq-defense-engagements country "South Korea" --format json`,
  official: `Usage: iraq-defense-engagements official <name or id> [--format f]

  Engagements a person took part in. Any spelling, typos included; a name that
  fits several people lists them instead of guessing.

Example
  iraq-defense-engagements official "Jumah Enad"`,
  organization: `Usage: iraq-defense-engagements organization <code or name> [--format f]

  Engagements with NATO, the anti-ISIS coalition (CJTF_OIR), the EU or the AOI.

Example
  iraq-defense-engagements organization "the anti-ISIS coalition" --format csv`,
  search: `Usage: iraq-defense-engagements search <words…> [--format f]

  Engagements whose title, summary, notes, systems, place or participants contain
  every word, best first.

Example
  iraq-defense-engagements search Caracal helicopters`,
  show: `Usage: iraq-defense-engagements show <id> [--format table|json]

  One engagement with its participants, sources and the events inside it, or an
  official or a source, by id.

Example
  iraq-defense-engagements show eng_57vbpo`,
  stats: `Usage: iraq-defense-engagements stats [--format f]

  Counts of engagements by counterpart, year and type.`,
  countries: `Usage: iraq-defense-engagements countries [--format f]

  The counterparts (states and organizations), with their number of engagements.`,
  officials: `Usage: iraq-defense-engagements officials [--format f]

  Every official, with country and positions.`,
}

/**
 * The help a command line asks for, or `undefined` when it asks for something else:
 * `--help` anywhere, or no command at all (which is a mistake, exit 2).
 *
 * @example
 * helpFor(['timeline', '--help'])?.code //=> 0
 */
export function helpFor(
  argv: readonly string[],
): { stdout: string; stderr: string; code: number } | undefined {
  const [command = '', ...rest] = argv
  if (!(rest.includes('--help') || command === '--help' || command === '')) return undefined
  return { stdout: `${HELP[command] ?? HELP['']}\n`, stderr: '', code: command === '' ? 2 : 0 }
}
