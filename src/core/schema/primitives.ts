import * as z from 'zod'
import { ALPHA2_CODES } from '../countries/alpha2-codes.generated'
import { deriveDateRange } from '../dates/derive-date-range'
import { parseEdtf } from '../dates/parse-edtf'
import { DATE_PRECISIONS } from '../dates/precision'
import { ORGANIZATIONS } from '../vocabulary/vocabulary'

const ALPHA2 = /* @__PURE__ */ new Set<string>(ALPHA2_CODES)

/**
 * An ISO 3166-1 alpha-2 country code that exists, such as `IQ` or `KR`.
 *
 * @example
 * CountryCodeSchema.safeParse('IQ').success //=> true
 * CountryCodeSchema.safeParse('iq').success //=> false
 */
export const CountryCodeSchema = /* @__PURE__ */ z
  .string()
  .refine((code) => ALPHA2.has(code), {
    error: (issue) =>
      typeof issue.input === 'string' && ALPHA2.has(issue.input.toUpperCase())
        ? `expected an upper-case ISO 3166-1 alpha-2 code: "${issue.input.toUpperCase()}"`
        : 'expected an ISO 3166-1 alpha-2 country code such as "IQ"',
  })
  .meta({
    description: 'ISO 3166-1 alpha-2 country code.',
    examples: ['IQ', 'KR'],
    enum: [...ALPHA2_CODES],
  })

const ORGANIZATION_CODES = /* @__PURE__ */ Object.keys(ORGANIZATIONS) as [
  keyof typeof ORGANIZATIONS,
  ...(keyof typeof ORGANIZATIONS)[],
]

/**
 * Code of an international organization that can be a party, such as `NATO`.
 *
 * @example
 * OrganizationCodeSchema.safeParse('CJTF_OIR').success //=> true
 * OrganizationCodeSchema.safeParse('UN').success //=> false
 */
export const OrganizationCodeSchema = /* @__PURE__ */ z
  .enum(ORGANIZATION_CODES)
  .meta({ description: 'International organization code.', examples: ['NATO'] })

/** Loose shape check used only to give editors a pattern; the refinement is authoritative. */
const EDTF_PATTERN = '^(\\d{4}(-\\d{2}){0,2}[?~%]?)?(/(\\d{4}(-\\d{2}){0,2}[?~%]?|\\.\\.)?)?$'

/**
 * A date in EDTF (ISO 8601-2 level 0/1): a year, month or day, optionally qualified
 * with `?` (uncertain) or `~` (approximate), or an interval whose ends may be unknown
 * (empty) or open (`..`).
 *
 * @example
 * EdtfSchema.safeParse('2021-02-24/2021-02-27').success //=> true
 * EdtfSchema.safeParse('2021-02-30').success //=> false
 */
export const EdtfSchema = /* @__PURE__ */ z
  .string()
  .superRefine((value, context) => {
    const parsed = parseEdtf(value)
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error, input: value })
  })
  .meta({
    description:
      'EDTF level 0/1 date or interval, exactly as precise as the sources: 2020, 2020-11, 2020-11-26, 2020-11~, 2021-02-24/2021-02-27, 2024-11-12/ (unknown end).',
    pattern: EDTF_PATTERN,
    examples: ['2020-11-26', '2020-11', '2021-02-24/2021-02-27'],
  })

/**
 * An ISO calendar day, `YYYY-MM-DD`.
 *
 * @example
 * IsoDaySchema.safeParse('2021-02-24').success //=> true
 * IsoDaySchema.safeParse('2021-02-30').success //=> false
 * IsoDaySchema.safeParse('2021-02').error.issues[0].message
 * //=> 'expected a calendar day as YYYY-MM-DD'
 */
export const IsoDaySchema = /* @__PURE__ */ z.iso.date({
  error: 'expected a calendar day as YYYY-MM-DD',
})

/**
 * Precision of a derived date range.
 *
 * @example
 * PrecisionSchema.options //=> ['day', 'month', 'year']
 */
export const PrecisionSchema = /* @__PURE__ */ z.enum(DATE_PRECISIONS)

/**
 * A domain name: zod's rule, widened to internationalized top-level domains in their
 * ASCII (punycode) form such as `xn--p1ai`, which zod's letters-only TLD rejects.
 */
const DOMAIN =
  /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/

/**
 * An absolute http(s) URL with a domain name (not a bare IP address).
 *
 * @example
 * HttpUrlSchema.safeParse('https://en.mehrnews.com/news/165888').success //=> true
 * HttpUrlSchema.safeParse('ftp://example.org/file').success //=> false
 */
export const HttpUrlSchema = /* @__PURE__ */ z
  .url({
    protocol: /^https?$/,
    hostname: DOMAIN,
    error: 'expected an absolute http:// or https:// URL',
  })
  .meta({ description: 'Absolute http(s) URL.', format: 'uri' })

/**
 * A BCP 47 language tag of the simple kind the dataset uses: `en`, `ar`, `fa`, `fa-Latn`.
 *
 * @example
 * LanguageTagSchema.safeParse('sr-Cyrl').success //=> true
 * LanguageTagSchema.safeParse('Arabic').success //=> false
 */
export const LanguageTagSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, {
    error: 'expected a BCP 47 language tag such as "en", "ar" or "fa"',
  })

/**
 * Non-empty, trimmed prose.
 *
 * @example
 * TextSchema.safeParse('A meeting in Baghdad.').success //=> true
 * TextSchema.safeParse('').error.issues[0].message //=> 'expected non-empty text'
 * TextSchema.safeParse('A meeting ').success //=> false
 */
export const TextSchema = /* @__PURE__ */ z
  .string()
  .min(1, { error: 'expected non-empty text' })
  .refine((text) => text.trim() === text, {
    error: 'expected text without leading or trailing spaces',
  })

/**
 * Adds the derived `startDate`, `endDate` and `precision` of a record's EDTF `date`.
 * The build calls this once per record; nothing derives dates at import time.
 *
 * @example
 * withDerivedDates({ date: '2020-11' })
 * //=> { date: '2020-11', startDate: '2020-11-01', endDate: '2020-11-30', precision: 'month' }
 */
export function withDerivedDates<T extends { date: string }>(record: T) {
  const parsed = parseEdtf(record.date)
  if (!parsed.ok) throw new TypeError(`cannot derive dates from "${record.date}": ${parsed.error}`)
  return { ...record, ...deriveDateRange(parsed.value) }
}
