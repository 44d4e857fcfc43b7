/**
 * @file The record types as interfaces, so that editors and the API docs show every
 * field with its meaning. A type test holds each one equal to the type zod infers from
 * its schema, and a test holds every field's comment equal to its entry in
 * `field-descriptions.ts`: neither can drift from the schemas.
 */
import type { DatePrecision } from '../dates/precision'
import type {
  AliasKind,
  EngagementStatus,
  EngagementType,
  ORGANIZATIONS,
  ParticipantRole,
  ParticipantSide,
  SourceKind,
  SourceSupport,
  Topic,
} from '../vocabulary/vocabulary'

/**
 * The code of an international organization that can be a party, such as `'NATO'`.
 *
 * @example
 * const code: OrganizationCode = 'NATO'
 * byOrganization(code).length > 0 //=> true
 */
export type OrganizationCode = keyof typeof ORGANIZATIONS

/**
 * A person taking part in an engagement, with name and title as the source reports them.
 *
 * @example
 * const host: Participant = getEngagement('eng_pa8hy7').participants[0]
 * typeof host.officialId //=> 'string'
 */
export interface Participant {
  /** The official record of this person. */
  officialId: string
  /** The name as the main source spells it. */
  name: string
  /** The title as the main source gives it. */
  title?: string | undefined
  /** The part the person played (see the vocabulary). */
  role: ParticipantRole
  /** Whose side the person was on: iraq, counterpart or third_party. */
  side: ParticipantSide
}

/**
 * A citation: which source backs the record, and for what.
 *
 * @example
 * const citation: Citation = getEngagement('eng_pa8hy7').sources[0]
 * citation.supports.length > 0 //=> true
 */
export interface Citation {
  /** The source record cited. */
  sourceId: string
  /** What the source backs: occurrence, date, participants, location, content, figures. */
  supports: SourceSupport[]
  /** A remark on this citation, e.g. which paragraph gives the date. */
  note?: string | undefined
}

/**
 * Where an engagement took place.
 *
 * @example
 * const where: EngagementLocation = { place: 'Seoul', country: 'KR' }
 * LocationSchema.safeParse(where).success //=> true
 */
export interface EngagementLocation {
  /** City, base or facility, e.g. "Tehran". */
  place?: string | undefined
  /** ISO 3166-1 alpha-2 code of the country it is in. */
  country: string
}

/**
 * Another engagement a reviewer found to be a different event.
 *
 * @example
 * const note: DistinctEngagement = { id: 'eng_eoceuv', note: 'a different visit' }
 * EngagementIdSchema.safeParse(note.id).success //=> true
 */
export interface DistinctEngagement {
  /** The other engagement. */
  id: string
  /** Why the two are different events. */
  note: string
}

/**
 * One defense engagement of Iraq with another party, as the package ships it.
 *
 * @example
 * const engagement: Engagement = getEngagement('eng_pa8hy7')
 * engagement.countries.includes('IQ') //=> true
 */
export interface Engagement {
  /** Stable, opaque id of an engagement; never reused. */
  id: string
  /** Short neutral headline in your own words. */
  title: string
  /** One to three neutral sentences in your own words; attribute one-sided claims. */
  summary: string
  /** What kind of engagement it was (see the vocabulary). */
  type: EngagementType
  /** Whether it happened, or was only announced, postponed or cancelled. */
  status: EngagementStatus
  /** EDTF level 0/1 date or interval, exactly as precise as the sources: 2020, 2020-11, 2020-11-26, 2020-11~, 2021-02-24/2021-02-27, 2024-11-12/ (unknown end). */
  date: string
  /** ISO 3166-1 alpha-2 codes of the state parties, always including IQ. */
  countries: string[]
  /** International organizations that were a party, e.g. NATO. */
  organizations: OrganizationCode[]
  /** Where it took place: a place name and the country. */
  location?: EngagementLocation | undefined
  /** Named people who took part; empty when the sources name nobody (e.g. a joint statement). */
  participants: Participant[]
  /** What it was about (see the vocabulary). */
  topics: Topic[]
  /** Weapons systems named, e.g. "T-50IQ". */
  systems: string[]
  /** The sources that back the record, each with what it supports. */
  sources: Citation[]
  /** The visit this engagement took place during. */
  parentId?: string | undefined
  /** Engagements a reviewer checked and found to be different events, although they share a counterpart, dates and a participant. */
  distinctFrom?: DistinctEngagement[] | undefined
  /** Uncertainty, conflicting reports and how they were handled. */
  notes?: string | undefined
  /** First possible day, derived from date (narrowed to the visit inside one); null if unknown. */
  startDate: string | null
  /** Last possible day, derived from date (narrowed to the visit inside one); null if unknown or open. */
  endDate: string | null
  /** How precisely date is known: day, month or year (the coarser end of an interval). */
  precision: DatePrecision
}

/**
 * An official's name in their own script.
 *
 * @example
 * const native: NativeName | undefined = getOfficial('off_6biaw6')?.nativeName
 * native?.lang //=> 'ar'
 */
export interface NativeName {
  /** The name as printed on a page in that script. */
  name: string
  /** BCP 47 language tag, e.g. "ar", "fa", "sr-Cyrl". */
  lang: string
}

/**
 * A spelling of an official's name seen in a source.
 *
 * @example
 * const alias: Alias = { name: 'Khatami', kind: 'misspelling' }
 * AliasSchema.safeParse(alias).success //=> true
 */
export interface Alias {
  /** The spelling, as seen. */
  name: string
  /** variant: an accepted spelling; misspelling: an error seen in a source, kept so its text can be found; other_script: the name in a script other than nativeName. */
  kind: AliasKind
  /** BCP 47 language tag of the spelling, where known. */
  lang?: string | undefined
  /** Sources that use this spelling. */
  sources?: string[] | undefined
  /** Where the spelling comes from. */
  note?: string | undefined
}

/**
 * An office held by an official, with EDTF bounds where known.
 *
 * @example
 * const office: Position = getOfficial('off_6biaw6').positions[0]
 * office.title //=> 'Minister of Defence'
 */
export interface Position {
  /** e.g. "Minister of Defence". */
  title: string
  /** The body the office belongs to, e.g. "Iraqi Ministry of Defence". */
  organization?: string | undefined
  /** EDTF date the term began, where known. */
  from?: string | undefined
  /** EDTF date the term ended, where known. */
  to?: string | undefined
  /** A remark on the office, e.g. rank at the time. */
  note?: string | undefined
}

/**
 * A person known not to be an official despite a similar name.
 *
 * @example
 * const other: DistinctPerson | undefined = getOfficial('Amir Hatami')?.distinctFrom?.[0]
 * other?.name //=> 'Mohammad Khatami'
 */
export interface DistinctPerson {
  /** The other person’s name. */
  name: string
  /** The other person’s name in their own script. */
  nativeName?: string | undefined
  /** How the two are told apart. */
  note: string
}

/**
 * One person, whatever the spelling.
 *
 * @example
 * const minister: Official = getOfficial('off_6biaw6')
 * minister.country //=> 'IQ'
 */
export interface Official {
  /** Stable, opaque id of an official; never reused. */
  id: string
  /** Canonical English name. */
  name: string
  /** The name in the person’s own script, where known, with its language. */
  nativeName?: NativeName | undefined
  /** Every other spelling seen. */
  aliases: Alias[]
  /** The state the person served. */
  country?: string | undefined
  /** The international organization the person served, for officials of one (e.g. NATO). */
  organization?: OrganizationCode | undefined
  /** Offices held, with EDTF bounds where known. */
  positions: Position[]
  /** People with similar romanized names who are NOT this person. */
  distinctFrom?: DistinctPerson[] | undefined
  /** Sources that establish the person, the spellings and the offices. */
  sources: string[]
  /** Remarks on identity and spelling. */
  notes?: string | undefined
}

/**
 * A publication that engagement and official records cite.
 *
 * @example
 * const source: Source = sources[0]
 * source.url.startsWith('http') //=> true
 */
export interface Source {
  /** Stable, opaque id of a source; never reused. */
  id: string
  /** Who published it, e.g. "Mehr News Agency". */
  publisher: string
  /** Headline in the original language; say in notes when it was reconstructed. */
  title: string
  /** Absolute http(s) URL. */
  url: string
  /** Publication date as EDTF, as precise as known; null when not established. */
  published: string | null
  /** Language of the text, e.g. "en", "ar". */
  language: string
  /** What kind of publication it is (see the vocabulary). */
  kind: SourceKind
  /** Provenance remarks: republication, reconstructed headline, weak source. */
  notes?: string | undefined
}
