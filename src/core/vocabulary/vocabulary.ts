/**
 * @file Controlled vocabularies shared by the schemas. Each list is the single
 * source of truth: the zod enums, the JSON Schemas and the TypeScript unions are
 * all derived from it.
 */

/** What kind of engagement a record describes. */
export const ENGAGEMENT_TYPES = [
  'visit',
  'meeting',
  'call',
  'negotiation',
  'agreement_signing',
  'arms_deal',
  'training',
  'facility_tour',
  'joint_exercise',
  'offer',
  'request',
  'announcement',
  'summit',
  'other',
] as const

/** Whether the engagement took place, or was only announced, postponed or cancelled. */
export const ENGAGEMENT_STATUSES = ['occurred', 'announced', 'postponed', 'cancelled'] as const

/** What a participant did in an engagement. */
export const PARTICIPANT_ROLES = [
  'head_of_delegation',
  'delegation_member',
  'host',
  'counterpart',
  'signatory',
  'witness',
  'attendee',
] as const

/** Which side of the engagement a participant was on. */
export const PARTICIPANT_SIDES = ['iraq', 'counterpart', 'third_party'] as const

/** What an engagement was about. Several may apply. */
export const TOPICS = [
  'military_cooperation',
  'arms_procurement',
  'defense_industry',
  'training_education',
  'counterterrorism',
  'intelligence',
  'border_security',
  'air_defense',
  'aviation',
  'naval',
  'maintenance',
  'advisory_mission',
  'foreign_forces',
  'regional_security',
  'economic',
  'diplomatic',
] as const

/** International organizations that can be a party to an engagement. */
export const ORGANIZATIONS = {
  NATO: 'North Atlantic Treaty Organization',
  AOI: 'Arab Organization for Industrialization',
  CJTF_OIR:
    'Global Coalition against Daesh (Combined Joint Task Force – Operation Inherent Resolve)',
  EU: 'European Union',
} as const

/** What a cited source backs up in an engagement record. */
export const SOURCE_SUPPORTS = [
  'occurrence',
  'date',
  'participants',
  'location',
  'content',
  'figures',
] as const

/** The kind of publication a source is. */
export const SOURCE_KINDS = [
  'news',
  'wire',
  'official_statement',
  'broadcast',
  'blog',
  'forum',
  'reference',
  'other',
] as const

/** How an alias relates to an official's canonical name. */
export const ALIAS_KINDS = ['variant', 'misspelling', 'other_script'] as const

/** An engagement type, such as `'visit'` or `'arms_deal'`. */
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number]
/** An engagement status, such as `'occurred'` or `'announced'`. */
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number]
/** A topic, such as `'air_defense'`. */
export type Topic = (typeof TOPICS)[number]
/** A participant's side: `'iraq'`, `'counterpart'` or `'third_party'`. */
export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number]
/** A participant's role, such as `'head_of_delegation'` or `'signatory'`. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]
/** What a cited source backs up, such as `'date'`. */
export type SourceSupport = (typeof SOURCE_SUPPORTS)[number]
/** What kind of publication a source is, such as `'wire'`. */
export type SourceKind = (typeof SOURCE_KINDS)[number]
/** What kind of spelling an alias is: `'variant'`, `'misspelling'` or `'other_script'`. */
export type AliasKind = (typeof ALIAS_KINDS)[number]
