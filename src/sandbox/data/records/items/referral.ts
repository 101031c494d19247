// Builds outbound ReferralRequest items.
import type { CodeableConcept, ReferralRequest } from 'fhir/r3';
import { identifierSystems } from '../../../../spec/identifier-systems.ts';
import type { RecordBuilder } from '../record.ts';

export interface ReferralSpec {
  name: string;
  service: CodeableConcept;
  days: number;
  /** `HealthcareService/...` or `Organization/...` the referral went to. */
  recipient: string;
  reason: string;
  priority: 'routine' | 'urgent';
  /** e-Referral Service booking reference number, when booked through e-RS. */
  ubrn?: string;
  status?: 'active' | 'completed';
}

/** Adds a referral to the referrals area; returns its `Type/id` key. */
export const addReferral = (b: RecordBuilder, spec: ReferralSpec): string => {
  const id = b.id(`referral-${spec.name}`);
  const referral: ReferralRequest = {
    resourceType: 'ReferralRequest',
    id,
    meta: b.meta('referralRequest'),
    identifier: [
      ...b.identifier(id),
      ...(spec.ubrn ? [{ system: identifierSystems.ubrn.system, value: spec.ubrn }] : []),
    ],
    status: spec.status ?? 'active',
    intent: 'order',
    priority: spec.priority,
    serviceRequested: [spec.service],
    subject: { reference: b.subject.patient },
    authoredOn: b.dateTime(spec.days),
    requester: { agent: { reference: b.subject.gp }, onBehalfOf: { reference: b.subject.practice } },
    recipient: [{ reference: spec.recipient }],
    description: spec.reason,
  };
  return b.add(referral, 'referrals').reference;
};
