/** The help of the command line, kept apart so that `--help` answers without loading the data. */
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
