/**
 * @file The data pipeline's command line: `validate`, `check`, `build`, `export`,
 * `generate`, `stats`. (`npm run new` scaffolds records without it, for speed.)
 * npm scripts call it; see CONTRIBUTING.md for the contributor's view.
 */

import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { RetiredIdsFileSchema } from '../core/schema/retired'
import type { CompletedRecords } from '../records/complete-records'
import { computeCoverage } from './coverage/compute-coverage'
import { formatStats } from './coverage/format-stats'
import { renderCoverageDocuments } from './coverage/render-coverage-documents'
import { diffRecords, formatDiff, recordsAtRevision, recordsOfFiles } from './diff-records'
import { renderExports } from './exports/render-exports'
import { RECORD_FREEZERS_PATH, renderRecordFreezers } from './freezers/render-record-freezers'
import { renderCountryTables } from './generate-countries'
import { RECORD_PARSERS_PATH, renderRecordParsers } from './parsers/render-record-parsers'
import { CLI_GUIDE_PATH, renderCliGuide } from './render-cli-guide'
import { DATA_MODEL_PATH, renderDataModel } from './render-data-model'
import { renderDataModules } from './render-data-modules'
import { renderJsonSchemas } from './render-json-schemas'
import { renderSiteSources, SITE_FOLDER } from './render-site-sources'
import { renderTimelineChart, TIMELINE_CHART_PATH } from './render-timeline-chart'
import { renderVocabulary } from './render-vocabulary'
import { formatReport } from './report'
import { type ValidationResult, validateDataDirectory } from './validate-data'

const USAGE = `Usage: tsx src/pipeline/cli.ts <command> [options]

Commands
  validate            check every record under data/ and report all problems
  build               validate, then write src/generated/ for the bundler and the
                      coverage report and counts (docs/coverage.md, README, CHANGELOG,
                      CITATION.cff); with CI set, check that those are committed
  export              validate, then write the data files to dist/data/ and the recorded
                      session of docs/cli.md (run after tsup)
  generate            rewrite schema/*.schema.json, src/core/countries/*.generated.ts,
                      docs/vocabulary.md and docs/data-model.md
  check               validate data/ and check its formatting: what to run before a
                      pull request (seconds; npm test checks the package too)
  site                write the site's sources to .tmp/site/ (the README with links
                      inside the site, and the catalog pages); npm run docs runs it
                      before typedoc
  stats               print the headline counts and the coverage floors
  diff <revision>     list the records added, removed and changed (field by field)
                      since a git revision, e.g. a release tag

Options
  --data <dir>        data folder (default: data)
  --today <date>      treat this YYYY-MM-DD as today (default: the current UTC date)

Examples
  npm run check
  npm run validate -- --data test/fixtures/ten-mistakes/data`

const generatedFiles = (): Record<string, string> => ({
  ...renderJsonSchemas(),
  ...renderCountryTables(),
  [RECORD_FREEZERS_PATH]: renderRecordFreezers(),
  [RECORD_PARSERS_PATH]: renderRecordParsers(),
  'docs/vocabulary.md': renderVocabulary(),
  [DATA_MODEL_PATH]: renderDataModel(),
})

function writeAll(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
}

function staleGeneratedFiles(): string[] {
  return Object.entries(generatedFiles())
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([path]) => path)
}

/** The records of a validation that passed. */
function shippedRecords(result: ValidationResult): CompletedRecords {
  if (result.records === undefined) throw new Error('no records: validation failed')
  return result.records
}

/** Validates and prints the report (on success only when `quiet` is false). */
function validate(dataDir: string, today: string | undefined, quiet = false) {
  const result = validateDataDirectory(dataDir, { displayRoot: dataDir, today })
  const output = formatReport(result.issues, result.locate, result.files.length)
  if (!result.ok) console.error(output)
  else if (!quiet) console.log(output)
  return result
}

/** Runs the formatter's check over the data files; on a difference, says which command fixes it. */
function checkFormatting(dataDir: string): boolean {
  const biome = join('node_modules', '@biomejs', 'biome', 'bin', 'biome')
  const result = spawnSync(process.execPath, [biome, 'format', dataDir], { encoding: 'utf8' })
  if (result.status === 0) {
    console.log(`✔ ${dataDir}/ is formatted`)
    return true
  }
  console.error(`${result.stdout}${result.stderr}`.trim())
  console.error(
    `✖ ${dataDir}/ is not formatted as the project writes JSON\n  hint: run "npm run format" to rewrite it`,
  )
  return false
}

/**
 * Writes the coverage report and the counts in README, CHANGELOG and CITATION.cff.
 * On CI they must already be committed as the build would write them: a stale one
 * fails the build instead of being rewritten where nobody would commit it.
 */
function writeCoverageDocuments(records: CompletedRecords): boolean {
  return writeDerivedDocuments({
    ...renderCoverageDocuments(records),
    [TIMELINE_CHART_PATH]: renderTimelineChart(records.engagements),
  })
}

/** Writes documents derived from the records, or on CI checks that they were committed. */
function writeDerivedDocuments(documents: Record<string, string>): boolean {
  const changed = Object.keys(documents).filter(
    (path) => !existsSync(path) || readFileSync(path, 'utf8') !== documents[path],
  )
  if (changed.length > 0 && process.env.CI) {
    console.error(
      `✖ out of date with data/: ${changed.join(', ')}\n  hint: run "npm run build" and commit the files it rewrites`,
    )
    return false
  }
  writeAll(Object.fromEntries(changed.map((path) => [path, documents[path] as string])))
  if (changed.length > 0) console.log(`✔ updated ${changed.join(', ')} from data/`)
  return true
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: 'data' },
      today: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  const [command] = positionals
  const dataDir = values.data ?? 'data'
  if (values.help || command === undefined) {
    console.log(USAGE)
    return command === undefined && !values.help ? 1 : 0
  }
  switch (command) {
    case 'validate':
      return validate(dataDir, values.today).ok ? 0 : 1
    case 'build': {
      const result = validate(dataDir, values.today)
      if (!result.ok) return 1
      const stale = staleGeneratedFiles()
      if (stale.length > 0) {
        console.error(
          `✖ out of date with src/: ${stale.join(', ')}\n  hint: run "npm run generate" and commit the result`,
        )
        return 1
      }
      const records = shippedRecords(result)
      const retired = RetiredIdsFileSchema.safeParse(result.retired?.value)
      writeAll(renderDataModules(records, retired.success ? retired.data.retired : []))
      console.log(
        `✔ wrote src/generated/: ${records.engagements.length} engagements, ${records.officials.length} officials, ${records.sources.length} sources`,
      )
      return writeCoverageDocuments(records) ? 0 : 1
    }
    case 'diff': {
      const [, revision] = positionals
      if (revision === undefined) {
        console.error('✖ diff needs a git revision, e.g. npm run diff -- v0.1.0')
        return 2
      }
      const result = validate(dataDir, values.today, true)
      const diff = diffRecords(recordsAtRevision(revision, dataDir), recordsOfFiles(result.files))
      console.log(formatDiff(diff, revision))
      return 0
    }
    case 'stats': {
      const result = validate(dataDir, values.today, true)
      if (!result.ok) return 1
      console.log(formatStats(computeCoverage(shippedRecords(result))))
      return 0
    }
    case 'export': {
      const result = validate(dataDir, values.today, true)
      if (!result.ok) return 1
      const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
      const files = renderExports(shippedRecords(result), version)
      writeAll(
        Object.fromEntries(
          Object.entries(files).map(([path, text]) => [`dist/data/${path}`, text]),
        ),
      )
      console.log(`✔ wrote ${Object.keys(files).length} data files to dist/data/`)
      // Loaded only now: the command line reads the records the build has just written.
      const { run } = await import('../cli/run')
      return writeDerivedDocuments({ [CLI_GUIDE_PATH]: renderCliGuide(run) }) ? 0 : 1
    }
    case 'site': {
      const result = validate(dataDir, values.today, true)
      if (!result.ok) return 1
      const pages = renderSiteSources(shippedRecords(result), readFileSync('README.md', 'utf8'))
      rmSync(SITE_FOLDER, { recursive: true, force: true })
      writeAll(
        Object.fromEntries(
          Object.entries(pages).map(([path, text]) => [join(SITE_FOLDER, path), text]),
        ),
      )
      console.log(`✔ wrote ${Object.keys(pages).length} pages to ${SITE_FOLDER}/`)
      return 0
    }
    case 'generate':
      writeAll(generatedFiles())
      console.log(`✔ wrote ${Object.keys(generatedFiles()).join(', ')}`)
      return 0
    case 'check': {
      const result = validate(dataDir, values.today)
      return checkFormatting(dataDir) && result.ok ? 0 : 1
    }
    default:
      console.error(`Unknown command "${command}"\n\n${USAGE}`)
      return 1
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
