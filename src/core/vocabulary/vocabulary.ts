/**
 * @file Controlled vocabularies shared by the schemas. Each list is the single
 * source of truth: the zod enums, the JSON Schemas and the TypeScript unions are
 * all derived from it.
 */

/**
 * What kind of engagement a record describes.
 *
 * @example
 * ENGAGEMENT_TYPES.includes('arms_deal') //=> true
 */
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

/**
 * Whether the engagement took place, or was only announced, postponed or cancelled.
 *
 * @example
 * ENGAGEMENT_STATUSES //=> ['occurred', 'announced', 'postponed', 'cancelled']
 */
export const ENGAGEMENT_STATUSES = ['occurred', 'announced', 'postponed', 'cancelled'] as const

/**
 * What a participant did in an engagement.
 *
 * @example
 * PARTICIPANT_ROLES.includes('host') //=> true
 */
export const PARTICIPANT_ROLES = [
  'head_of_delegation',
  'delegation_member',
  'host',
  'counterpart',
  'signatory',
  'witness',
  'attendee',
] as const

/**
 * Which side of the engagement a participant was on.
 *
 * @example
 * PARTICIPANT_SIDES //=> ['iraq', 'counterpart', 'third_party']
 */
export const PARTICIPANT_SIDES = ['iraq', 'counterpart', 'third_party'] as const

/**
 * What an engagement was about. Several may apply.
 *
 * @example
 * TOPICS.includes('naval') //=> true
 */
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

/**
 * International organizations that can be a party to an engagement.
 *
 * @example
 * ORGANIZATIONS.NATO //=> 'North Atlantic Treaty Organization'
 */
export const ORGANIZATIONS = {
  NATO: 'North Atlantic Treaty Organization',
  AOI: 'Arab Organization for Industrialization',
  CJTF_OIR:
    'Global Coalition against Daesh (Combined Joint Task Force – Operation Inherent Resolve)',
  EU: 'European Union',
} as const

/**
 * What a cited source backs up in an engagement record.
 *
 * @example
 * SOURCE_SUPPORTS.includes('figures') //=> true
 */
export const SOURCE_SUPPORTS = [
  'occurrence',
  'date',
  'participants',
  'location',
  'content',
  'figures',
] as const

/**
 * The kind of publication a source is.
 *
 * @example
 * SOURCE_KINDS.includes('official_statement') //=> true
 */
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

/**
 * How an alias relates to an official's canonical name.
 *
 * @example
 * ALIAS_KINDS //=> ['variant', 'misspelling', 'other_script']
 */
export const ALIAS_KINDS = ['variant', 'misspelling', 'other_script'] as const

/**
 * An engagement type, such as `'visit'` or `'arms_deal'`.
 *
 * @example
 * const type: EngagementType = 'visit'
 * timeline({ type }).every((engagement) => engagement.type === 'visit') //=> true
 */
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number]
/**
 * An engagement status, such as `'occurred'` or `'announced'`.
 *
 * @example
 * const status: EngagementStatus = 'announced'
 * ENGAGEMENT_STATUSES.includes(status) //=> true
 */
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number]
/**
 * A topic, such as `'air_defense'`.
 *
 * @example
 * const topic: Topic = 'air_defense'
 * TOPICS.includes(topic) //=> true
 */
export type Topic = (typeof TOPICS)[number]
/**
 * A participant's side: `'iraq'`, `'counterpart'` or `'third_party'`.
 *
 * @example
 * const side: ParticipantSide = 'counterpart'
 * PARTICIPANT_SIDES.includes(side) //=> true
 */
export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number]
/**
 * A participant's role, such as `'head_of_delegation'` or `'signatory'`.
 *
 * @example
 * const role: ParticipantRole = 'signatory'
 * PARTICIPANT_ROLES.includes(role) //=> true
 */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]
/**
 * What a cited source backs up, such as `'date'`.
 *
 * @example
 * const backs: SourceSupport = 'date'
 * SOURCE_SUPPORTS.includes(backs) //=> true
 */
export type SourceSupport = (typeof SOURCE_SUPPORTS)[number]
/**
 * What kind of publication a source is, such as `'wire'`.
 *
 * @example
 * const kind: SourceKind = 'wire'
 * SOURCE_KINDS.includes(kind) //=> true
 */
export type SourceKind = (typeof SOURCE_KINDS)[number]
/**
 * What kind of spelling an alias is: `'variant'`, `'misspelling'` or `'other_script'`.
 *
 * @example
 * const kind: AliasKind = 'misspelling'
 * ALIAS_KINDS.includes(kind) //=> true
 */
export type AliasKind = (typeof ALIAS_KINDS)[number]
