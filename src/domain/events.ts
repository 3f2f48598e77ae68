import type { Translations } from './model';
import type { PartialDate } from './partial-date';

/**
 * The timeline model: dated measures a report states (laws, orders, plans, trainings …).
 * Closed sets are `as const` arrays so that a test can compare them with the enums declared
 * in data/schemas/events.tableschema.json (drift check).
 */

export const EVENT_KINDS = [
  'address',
  'code',
  'decree',
  'infrastructure',
  'instructions',
  'invitation',
  'law',
  'order',
  'plan',
  'policy',
  'procedure',
  'reform',
  'report',
  'road-map',
  'round-table',
  'rules',
  'training',
] as const;
/** What was adopted or done, in the report's own terms. */
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  address: 'Address',
  code: 'Code',
  decree: 'Decree',
  infrastructure: 'Infrastructure',
  instructions: 'Instructions',
  invitation: 'Invitation',
  law: 'Law',
  order: 'Order',
  plan: 'Plan',
  policy: 'Policy framework',
  procedure: 'Procedure',
  reform: 'Reform',
  report: 'Report',
  'road-map': 'Road map',
  'round-table': 'Round table',
  rules: 'Rules',
  training: 'Training',
};

/** Issuing or organising bodies, named as the report names them. */
export const EVENT_BODIES = [
  'Academy of Law Enforcement Agencies',
  'Chair of the Anti-Corruption Agency',
  'Chair of the Financial Monitoring Agency',
  'Government',
  'Kazakhstan',
  'Minister of Defence',
  'Minister of Health',
  'Minister of Internal Affairs',
  'Ministry of Health',
  'Ministry of Internal Affairs',
  'President',
  'Procurator General',
] as const;
export type EventBody = (typeof EVENT_BODIES)[number];

/** One dated measure, as the report states it. */
export interface TimelineEvent {
  id: string;
  date: PartialDate;
  /** Last year or day of a measure stated as a period, at the precision of `date`. */
  dateEnd?: PartialDate;
  kind: EventKind;
  /** Undefined when the report does not name the body. */
  body?: EventBody;
  /** The act's number as given ("162", "194/2020"); empty when none is. */
  number: string;
  title: string;
  paragraph: number;
  quote: string;
  note: string;
  /** The title and note in the other interface languages (columns title_ru, note_kk …). */
  translations?: Translations<EventTextTranslation>;
}

/** An event's curator-written texts in one language; the quote stays English. */
export interface EventTextTranslation {
  title?: string;
  note?: string;
}
