/**
 * What every field of every record means, in one sentence: the one definition that
 * the zod schemas (and so the JSON Schemas and editor tooltips), the CSV table
 * definitions and the generated data-model guide all read. Kept free of zod so that
 * the command line and the tables can use it without loading the schemas.
 *
 * @example
 * FIELD_DESCRIPTIONS.engagement.date
 * //=> 'EDTF level 0/1 date or interval, exactly as precise as the sources: 2020, 2020-11, 2020-11-26, 2020-11~, 2021-02-24/2021-02-27, 2024-11-12/ (unknown end).'
 */
export const FIELD_DESCRIPTIONS = {
  engagement: {
    id: 'Stable, opaque id of an engagement; never reused.',
    title: 'Short neutral headline in your own words.',
    summary: 'One to three neutral sentences in your own words; attribute one-sided claims.',
    type: 'What kind of engagement it was (see the vocabulary).',
    status: 'Whether it happened, or was only announced, postponed or cancelled.',
    date: 'EDTF level 0/1 date or interval, exactly as precise as the sources: 2020, 2020-11, 2020-11-26, 2020-11~, 2021-02-24/2021-02-27, 2024-11-12/ (unknown end).',
    countries: 'ISO 3166-1 alpha-2 codes of the state parties, always including IQ.',
    organizations: 'International organizations that were a party, e.g. NATO.',
    location: 'Where it took place: a place name and the country.',
    participants:
      'Named people who took part; empty when the sources name nobody (e.g. a joint statement).',
    topics: 'What it was about (see the vocabulary).',
    systems: 'Weapons systems named, e.g. "T-50IQ".',
    sources: 'The sources that back the record, each with what it supports.',
    parentId: 'The visit this engagement took place during.',
    distinctFrom:
      'Engagements a reviewer checked and found to be different events, although they share a counterpart, dates and a participant.',
    notes: 'Uncertainty, conflicting reports and how they were handled.',
    startDate:
      'First possible day, derived from date (narrowed to the visit inside one); null if unknown.',
    endDate:
      'Last possible day, derived from date (narrowed to the visit inside one); null if unknown or open.',
    precision: 'How precisely date is known: day, month or year (the coarser end of an interval).',
  },
  participant: {
    officialId: 'The official record of this person.',
    name: 'The name as the main source spells it.',
    title: 'The title as the main source gives it.',
    role: 'The part the person played (see the vocabulary).',
    side: 'Whose side the person was on: iraq, counterpart or third_party.',
  },
  citation: {
    sourceId: 'The source record cited.',
    supports: 'What the source backs: occurrence, date, participants, location, content, figures.',
    note: 'A remark on this citation, e.g. which paragraph gives the date.',
  },
  location: {
    place: 'City, base or facility, e.g. "Tehran".',
    country: 'ISO 3166-1 alpha-2 code of the country it is in.',
  },
  distinctEngagement: {
    id: 'The other engagement.',
    note: 'Why the two are different events.',
  },
  official: {
    id: 'Stable, opaque id of an official; never reused.',
    name: 'Canonical English name.',
    nativeName: 'The name in the person’s own script, where known, with its language.',
    aliases: 'Every other spelling seen.',
    country: 'The state the person served.',
    organization:
      'The international organization the person served, for officials of one (e.g. NATO).',
    positions: 'Offices held, with EDTF bounds where known.',
    distinctFrom: 'People with similar romanized names who are NOT this person.',
    sources: 'Sources that establish the person, the spellings and the offices.',
    notes: 'Remarks on identity and spelling.',
  },
  nativeName: {
    name: 'The name as printed on a page in that script.',
    lang: 'BCP 47 language tag, e.g. "ar", "fa", "sr-Cyrl".',
  },
  alias: {
    name: 'The spelling, as seen.',
    kind: 'variant: an accepted spelling; misspelling: an error seen in a source, kept so its text can be found; other_script: the name in a script other than nativeName.',
    lang: 'BCP 47 language tag of the spelling, where known.',
    sources: 'Sources that use this spelling.',
    note: 'Where the spelling comes from.',
  },
  position: {
    title: 'e.g. "Minister of Defence".',
    organization: 'The body the office belongs to, e.g. "Iraqi Ministry of Defence".',
    from: 'EDTF date the term began, where known.',
    to: 'EDTF date the term ended, where known.',
    note: 'A remark on the office, e.g. rank at the time.',
  },
  distinctPerson: {
    name: 'The other person’s name.',
    nativeName: 'The other person’s name in their own script.',
    note: 'How the two are told apart.',
  },
  source: {
    id: 'Stable, opaque id of a source; never reused.',
    publisher: 'Who published it, e.g. "Mehr News Agency".',
    title: 'Headline in the original language; say in notes when it was reconstructed.',
    url: 'Absolute http(s) URL.',
    published: 'Publication date as EDTF, as precise as known; null when not established.',
    language: 'Language of the text, e.g. "en", "ar".',
    kind: 'What kind of publication it is (see the vocabulary).',
    notes: 'Provenance remarks: republication, reconstructed headline, weak source.',
  },
} as const
