import { describeIssue, formatPath, type LintIssue } from './issue'
import { describeInput } from './text/describe-input'

/**
 * A person offered as a match or a candidate in an error.
 *
 * @example
 * try { byOfficial('Al-Maliki') } catch (error) { error.candidates[0] }
 * //=> { id: 'off_l8gujv', name: 'Hassan Hillel Al-Maliki' }
 */
export interface OfficialSuggestion {
  readonly id: string
  readonly name: string
}

const quoteList = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ')

/**
 * Base class of every error the query helpers throw: the input was not usable.
 * `input` is what the caller passed.
 *
 * @example
 * try { byCountry('Atlantis') } catch (error) { error instanceof DatasetQueryError }
 * //=> true
 */
export class DatasetQueryError extends Error {
  override name = 'DatasetQueryError'
  readonly input: unknown
  constructor(message: string, input: unknown) {
    super(message)
    this.input = input
  }
}

/**
 * `byCountry` or `timeline({ country })` got something that is not a country.
 *
 * @example
 * try { byCountry('Koria') } catch (error) { error.suggestions }
 * //=> ['KP', 'KR']
 */
export class UnknownCountryError extends DatasetQueryError {
  override name = 'UnknownCountryError'
  /** Alpha-2 codes of the closest countries. */
  readonly suggestions: readonly string[]
  constructor(
    input: unknown,
    suggestions: readonly { code: string; name: string }[],
    hint?: string,
  ) {
    const closest = suggestions.length
      ? `; did you mean ${suggestions.map(({ code, name }) => `"${name}" (${code})`).join(', ')}?`
      : '; expected an ISO 3166-1 code (IQ, IRQ) or an English name ("South Korea")'
    super(`Unknown country ${describeInput(input)}${hint ? ` (${hint})` : ''}${closest}`, input)
    this.suggestions = suggestions.map(({ code }) => code)
  }
}

/**
 * `byOrganization` or `timeline({ organization })` got something that is not one of
 * the international organizations the dataset records.
 *
 * @example
 * try { byOrganization('UN') } catch (error) { error.message }
 * //=> 'Unknown organization "UN"; expected one of NATO, AOI, CJTF_OIR, EU or their names'
 */
export class UnknownOrganizationError extends DatasetQueryError {
  override name = 'UnknownOrganizationError'
  constructor(input: unknown, codes: readonly string[]) {
    super(
      `Unknown organization ${describeInput(input)}; expected one of ${codes.join(', ')} or their names`,
      input,
    )
  }
}

/**
 * `byOfficial` or `timeline({ official })` got a name that matches nobody in the data.
 *
 * @example
 * try { byOfficial('Thabet Khalil') } catch (error) { error.suggestions[0].name }
 * //=> 'Thabet Mohammed Saeed Al-Abbasi'
 */
export class UnknownOfficialError extends DatasetQueryError {
  override name = 'UnknownOfficialError'
  /** The officials whose names are closest to the input. */
  readonly suggestions: readonly OfficialSuggestion[]
  constructor(input: unknown, suggestions: readonly OfficialSuggestion[], reason?: string) {
    const closest = suggestions.length
      ? `; closest: ${suggestions.map(({ id, name }) => `${name} (${id})`).join(', ')}`
      : ''
    super(
      `No official matches ${describeInput(input)}${reason ? `: ${reason}` : ''}${closest}`,
      input,
    )
    this.suggestions = suggestions
  }
}

/**
 * A name matches more than one official; the helpers never guess between people.
 *
 * @example
 * try { byOfficial('Al-Maliki') } catch (error) { error.candidates.map((c) => c.name) }
 * //=> ['Hassan Hillel Al-Maliki', 'Nouri al-Maliki', 'Samir Zaki Hussein Al-Maliki']
 */
export class AmbiguousOfficialError extends DatasetQueryError {
  override name = 'AmbiguousOfficialError'
  /** Every official the name could mean. */
  readonly candidates: readonly OfficialSuggestion[]
  constructor(input: unknown, candidates: readonly OfficialSuggestion[]) {
    super(
      `${describeInput(input)} matches ${candidates.length} officials: ${candidates
        .map(({ id, name }) => `${name} (${id})`)
        .join(', ')}; use a fuller name or an id`,
      input,
    )
    this.candidates = candidates
  }
}

/**
 * A date bound is neither a valid `Date` nor `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * timeline({ from: '2021-02-29' })
 * // throws InvalidDateError: Invalid `from` date "2021-02-29": February 2021 has 28 days, so 2021-02-29 does not exist
 */
export class InvalidDateError extends DatasetQueryError {
  override name = 'InvalidDateError'
  /** Which option held the date, e.g. `from`. */
  readonly option: string
  constructor(option: string, input: unknown, reason?: string) {
    super(
      `Invalid \`${option}\` date ${describeInput(input)}: ${
        reason ?? 'expected a Date, or a string YYYY, YYYY-MM or YYYY-MM-DD'
      }`,
      input,
    )
    this.option = option
  }
}

/**
 * `to` is earlier than `from`.
 *
 * @example
 * timeline({ from: '2021', to: '2020' })
 * // throws InvalidDateRangeError: `to` (2020-12-31) is before `from` (2021-01-01); swap them or widen the range
 */
export class InvalidDateRangeError extends DatasetQueryError {
  override name = 'InvalidDateRangeError'
  constructor(from: string, to: string, input: unknown) {
    super(`\`to\` (${to}) is before \`from\` (${from}); swap them or widen the range`, input)
  }
}

/**
 * An option of `timeline` has a value it does not accept.
 *
 * @example
 * timeline({ type: 'vist' })
 * // throws InvalidOptionError: Invalid `type` "vist": expected one of "visit", …; did you mean "visit"?
 */
export class InvalidOptionError extends DatasetQueryError {
  override name = 'InvalidOptionError'
  readonly option: string
  constructor(option: string, input: unknown, allowed: readonly string[], suggestion?: string) {
    super(
      `Invalid \`${option}\` ${describeInput(input)}: expected one of ${quoteList(allowed)}${
        suggestion ? `; did you mean "${suggestion}"?` : ''
      }`,
      input,
    )
    this.option = option
  }
}

/**
 * A helper was given an argument of the wrong shape, for example `createDataset(42)`
 * or `createDataset({ engagements: 'oops' })`.
 *
 * @example
 * try { await createDataset({ engagements: 'oops' }) } catch (error) { error.message }
 * //=> 'Invalid argument `records.engagements` "oops": expected an array of engagement records'
 */
export class InvalidArgumentError extends DatasetQueryError {
  override name = 'InvalidArgumentError'
  /** Which argument, e.g. `records.engagements`. */
  readonly argument: string
  constructor(argument: string, input: unknown, expected: string) {
    super(`Invalid argument \`${argument}\` ${describeInput(input)}: expected ${expected}`, input)
    this.argument = argument
  }
}

/** How many problems the message of an InvalidRecordsError lists; `issues` has them all. */
const MESSAGE_ISSUES = 50

/**
 * `createDataset` was given records that fail the package's schemas or checks.
 * `issues` lists every problem, not just the first; the message lists the first 50.
 *
 * @example
 * try { await createDataset({ engagements: [{ id: 'eng_bad' }] }) } catch (error) { error.issues.length > 0 }
 * //=> true
 */
export class InvalidRecordsError extends Error {
  override name = 'InvalidRecordsError'
  readonly issues: readonly LintIssue[]
  constructor(issues: readonly LintIssue[]) {
    const lines = issues
      .slice(0, MESSAGE_ISSUES)
      .map(
        (issue) =>
          `  ${issue.file} ${formatPath(issue.path) || '(record)'}: ${describeIssue(issue)}`,
      )
    const more = issues.length - lines.length
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the records:\n${lines.join('\n')}${
        more > 0 ? `\n  … and ${more} more (see error.issues)` : ''
      }`,
    )
    this.issues = issues
  }
}
