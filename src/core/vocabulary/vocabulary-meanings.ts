/**
 * @file What each value of the controlled vocabularies means and when to use it: the
 * cheat-sheet in docs/vocabulary.md is generated from here. Kept apart from
 * `vocabulary.ts` so the runtime bundle does not carry the prose; the types make
 * sure every value has exactly one meaning.
 */
import type {
  ALIAS_KINDS,
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  PARTICIPANT_ROLES,
  PARTICIPANT_SIDES,
  SOURCE_KINDS,
  SOURCE_SUPPORTS,
  TOPICS,
} from './vocabulary'

type Meanings<T extends readonly string[]> = Readonly<Record<T[number], string>>

/**
 * One line per engagement type.
 *
 * @example
 * ENGAGEMENT_TYPE_MEANINGS.call //=> 'A telephone or video call.'
 * Object.keys(ENGAGEMENT_TYPE_MEANINGS).length === ENGAGEMENT_TYPES.length //=> true
 */
export const ENGAGEMENT_TYPE_MEANINGS: Meanings<typeof ENGAGEMENT_TYPES> = {
  visit:
    'A delegation travels to the other party (or both to a third country); a multi-day container for the events inside it.',
  meeting: 'Officials meet in person, whether or not during a visit.',
  call: 'A telephone or video call.',
  negotiation:
    'A formal round of talks on an agreement or a deal (a dialogue session, a joint commission).',
  agreement_signing: 'A memorandum, agreement or protocol is signed.',
  arms_deal: 'A contract, order or delivery of weapons or equipment.',
  training: 'A training course or programme for Iraqi forces, or by them.',
  facility_tour: 'A visit to a base, factory, academy or exhibition.',
  joint_exercise: 'A military exercise or joint patrol with forces of both sides.',
  offer: 'One side offers arms, training or other support.',
  request: 'One side asks for arms, training or other support.',
  announcement: 'A public statement of a decision, a deal or a plan, without a meeting.',
  summit: 'A meeting of heads of state or government where defence is on the agenda.',
  other: 'None of the above (say what it is in the summary); for example a handover or a transfer.',
}

/**
 * One line per status.
 *
 * @example
 * ENGAGEMENT_STATUS_MEANINGS.postponed //=> 'Reported as postponed.'
 */
export const ENGAGEMENT_STATUS_MEANINGS: Meanings<typeof ENGAGEMENT_STATUSES> = {
  occurred: 'A page reports that it took place.',
  announced: 'Only reported in advance; no page confirms it took place.',
  postponed: 'Reported as postponed.',
  cancelled: 'Reported as cancelled.',
}

/**
 * One line per participant role.
 *
 * @example
 * PARTICIPANT_ROLE_MEANINGS.witness //=> 'Attends a signing without signing.'
 */
export const PARTICIPANT_ROLE_MEANINGS: Meanings<typeof PARTICIPANT_ROLES> = {
  head_of_delegation:
    'Leads a visiting delegation, or speaks for the side that makes a call or a statement.',
  delegation_member: 'Accompanies the head of a delegation.',
  host: 'Receives the others; a one-sided statement has no host.',
  counterpart: 'The principal the other side meets, when neither hosts (a call, a meeting abroad).',
  signatory: 'Signs an agreement or a contract.',
  witness: 'Attends a signing without signing.',
  attendee: 'Present, with no role the sources make clearer.',
}

/**
 * One line per participant side.
 *
 * @example
 * PARTICIPANT_SIDE_MEANINGS.iraq //=> 'Serves Iraq.'
 */
export const PARTICIPANT_SIDE_MEANINGS: Meanings<typeof PARTICIPANT_SIDES> = {
  iraq: 'Serves Iraq.',
  counterpart: 'Serves the other state or organization party to the engagement.',
  third_party: 'Serves neither (a mediator or observer).',
}

/**
 * One line per topic.
 *
 * @example
 * TOPIC_MEANINGS.naval //=> 'Navies, coast guards and maritime security.'
 */
export const TOPIC_MEANINGS: Meanings<typeof TOPICS> = {
  military_cooperation: 'Defence cooperation in general.',
  arms_procurement: 'Buying or receiving weapons and equipment.',
  defense_industry: 'Production, co-production or industrial partnerships.',
  training_education: 'Training, courses, academies and exchanges of officers.',
  counterterrorism: 'The fight against ISIS and other armed groups.',
  intelligence: 'Intelligence sharing and coordination.',
  border_security: 'Borders, frontier incidents and cross-border operations.',
  air_defense: 'Air and missile defence.',
  aviation: 'Aircraft, helicopters, drones and air forces.',
  naval: 'Navies, coast guards and maritime security.',
  maintenance: 'Maintenance, spare parts and support of equipment.',
  advisory_mission: 'Advisory and training missions (NATO Mission Iraq, the coalition).',
  foreign_forces: 'Foreign troops in Iraq, their presence, withdrawal or status.',
  regional_security: 'Security of the region beyond the two parties.',
  economic: 'Economic, trade or reconstruction matters.',
  diplomatic: 'Political relations in general.',
}

/**
 * One line per thing a citation can support.
 *
 * @example
 * SOURCE_SUPPORT_MEANINGS.figures //=> 'Numbers: quantities, values, prices.'
 */
export const SOURCE_SUPPORT_MEANINGS: Meanings<typeof SOURCE_SUPPORTS> = {
  occurrence: 'That the event happened (or was announced).',
  date: 'When.',
  participants: 'Who took part.',
  location: 'Where.',
  content: 'What was discussed, agreed or delivered.',
  figures: 'Numbers: quantities, values, prices.',
}

/**
 * One line per source kind.
 *
 * @example
 * SOURCE_KIND_MEANINGS.broadcast //=> 'Radio or television.'
 */
export const SOURCE_KIND_MEANINGS: Meanings<typeof SOURCE_KINDS> = {
  news: 'A news outlet\u2019s own report, or a news site relaying one (say so in notes).',
  wire: 'A news agency report (Reuters, AFP, AP, INA, IRNA\u2026).',
  official_statement: 'A party\u2019s own release, readout or statement.',
  broadcast: 'Radio or television.',
  blog: 'A blog post, including reposts of releases on blogs.',
  forum: 'A forum repost; cite only when nothing better was found, and flag it as weak.',
  reference: 'A reference work or archive page.',
  other: 'Anything else; say what in notes.',
}

/**
 * One line per alias kind.
 *
 * @example
 * ALIAS_KIND_MEANINGS.misspelling //=> 'An error seen in a source, kept so its text can be found.'
 */
export const ALIAS_KIND_MEANINGS: Meanings<typeof ALIAS_KINDS> = {
  variant: 'An accepted full spelling of the name.',
  misspelling: 'An error seen in a source, kept so its text can be found.',
  other_script: 'The name in a script other than that of nativeName.',
}
