import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventBody, EventKind } from '../../domain/events';
import { UNNAMED_BODY, type BodyKey } from '../../domain/timeline';

/** Each kind's key under timeline:kinds (camelCase, as the catalogues name keys). */
const KIND_KEYS: Record<EventKind, string> = {
  address: 'address',
  code: 'code',
  decree: 'decree',
  infrastructure: 'infrastructure',
  instructions: 'instructions',
  invitation: 'invitation',
  law: 'law',
  order: 'order',
  plan: 'plan',
  policy: 'policy',
  procedure: 'procedure',
  reform: 'reform',
  report: 'report',
  'road-map': 'roadMap',
  'round-table': 'roundTable',
  rules: 'rules',
  training: 'training',
};

/** Each body's key under timeline:bodies: the bodies are a closed set, named in English. */
const BODY_KEYS: Record<EventBody, string> = {
  'Academy of Law Enforcement Agencies': 'academyOfLawEnforcementAgencies',
  'Chair of the Anti-Corruption Agency': 'chairOfAntiCorruptionAgency',
  'Chair of the Financial Monitoring Agency': 'chairOfFinancialMonitoringAgency',
  Government: 'government',
  Kazakhstan: 'kazakhstan',
  'Minister of Defence': 'ministerOfDefence',
  'Minister of Health': 'ministerOfHealth',
  'Minister of Internal Affairs': 'ministerOfInternalAffairs',
  'Ministry of Health': 'ministryOfHealth',
  'Ministry of Internal Affairs': 'ministryOfInternalAffairs',
  President: 'president',
  'Procurator General': 'procuratorGeneral',
};

export interface EventLabels {
  kind: (kind: EventKind) => string;
  body: (body: BodyKey) => string;
}

/** The names of kinds of measure and of issuing bodies, in the reader's language. */
export function useEventLabels(): EventLabels {
  const { t } = useTranslation('timeline');
  const kind = useCallback((value: EventKind) => t(`kinds.${KIND_KEYS[value]}`), [t]);
  const body = useCallback(
    (value: BodyKey) =>
      value === UNNAMED_BODY ? t('bodies.unnamed') : t(`bodies.${BODY_KEYS[value]}`),
    [t],
  );
  return { kind, body };
}
