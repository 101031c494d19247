// The consumer's obligations from the specification, each graded over one ASID's requests in order. A rule answers
// undefined when it does not apply to a request, '' when the request met it, or what was wrong.
import {
  JWT_LIFETIME_SECONDS,
  interactionList,
  identifierSystems,
  scopeFor,
  type Interaction,
} from '../../spec/index.ts';
import type { AssuranceRecord } from './record.ts';

const SPEC = 'https://developer.nhs.uk/apis/gpconnect/';
type Verdict = string | undefined;
interface Obligation {
  id: string;
  title: string;
  spec: string;
  grade(record: AssuranceRecord, earlier: AssuranceRecord[]): Verdict;
}

const named = (r: AssuranceRecord): Interaction | undefined => interactionList.find((i) => i.id === r.interactionId);
const isProvider = (r: AssuranceRecord) => r.fits !== undefined;
/** Provider requests whose token decoded: the JWT rules apply to them. */
const withClaims = (r: AssuranceRecord) => (isProvider(r) && r.claims ? r.claims : undefined);
const identifiers = (claim: unknown): { system?: string; value?: string }[] =>
  (claim as { identifier?: { system?: string; value?: string }[] } | undefined)?.identifier ?? [];
const hasIdentifier = (claim: unknown, system: string) =>
  identifiers(claim).some((i) => i.system === system && i.value);
const TRANSIENT = new Set(['ssp-502', 'ssp-timeout', 'provider-500']);

export const obligations: Obligation[] = [
  {
    id: 'trace-id',
    title: 'A new Ssp-TraceID on every request',
    spec: `${SPEC}integration_spine_secure_proxy.html`,
    grade: (r, earlier) => {
      if (!isProvider(r)) return undefined;
      if (!r.traceId) return 'Ssp-TraceID is missing.';
      const reused = earlier.find((e) => e.traceId === r.traceId);
      return reused ? `Ssp-TraceID ${r.traceId} was already sent with request #${reused.seq}.` : '';
    },
  },
  {
    id: 'interaction-id',
    title: 'The interaction ID that fits the request',
    spec: `${SPEC}integration_interaction_ids.html`,
    grade: (r) => {
      if (!isProvider(r)) return undefined;
      const interaction = named(r);
      if (!interaction)
        return `Ssp-InteractionID ${JSON.stringify(r.interactionId)} is not a GP Connect interaction ID.`;
      return r.fits?.includes(interaction.key)
        ? ''
        : `${interaction.id} is ${interaction.name} (${interaction.method} ${interaction.path}), not ${r.method} ${r.path}.`;
    },
  },
  {
    id: 'accept',
    title: 'An Accept header naming a FHIR format',
    spec: `${SPEC}development_fhir_api_guidance.html`,
    grade: (r) =>
      isProvider(r)
        ? /fhir\+(json|xml)/.test(r.accept ?? '')
          ? ''
          : `Accept is ${JSON.stringify(r.accept)}.`
        : undefined,
  },
  {
    id: 'jwt-present',
    title: 'A decodable JWT in Authorization',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) =>
      isProvider(r) ? (r.claims ? '' : 'Authorization does not carry a decodable Bearer JWT.') : undefined,
  },
  {
    id: 'jwt-lifetime',
    title: `The JWT expires exactly ${JWT_LIFETIME_SECONDS} s after iat`,
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) => {
      const c = withClaims(r);
      if (!c) return undefined;
      return typeof c.exp === 'number' && typeof c.iat === 'number' && c.exp - c.iat === JWT_LIFETIME_SECONDS
        ? ''
        : `exp − iat is ${Number(c.exp) - Number(c.iat)} s.`;
    },
  },
  {
    id: 'jwt-iat',
    title: 'iat is not in the future',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) => {
      const c = withClaims(r);
      if (!c) return undefined;
      const sentAt = Math.floor(Date.parse(r.at) / 1000);
      return typeof c.iat === 'number' && c.iat <= sentAt
        ? ''
        : `iat ${String(c.iat)} is after the request arrived (${sentAt}).`;
    },
  },
  {
    id: 'jwt-scope',
    title: 'requested_scope fits the interaction',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) => {
      const c = withClaims(r);
      const interaction = named(r);
      if (!c || !interaction) return undefined;
      const scope = scopeFor(interaction);
      return typeof c.requested_scope === 'string' && c.requested_scope.startsWith(interaction.scope)
        ? ''
        : `requested_scope is ${JSON.stringify(c.requested_scope)}; ${interaction.name} needs ${scope}.`;
    },
  },
  {
    id: 'jwt-organization',
    title: 'requesting_organization carries its ODS code',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) => {
      const c = withClaims(r);
      if (!c) return undefined;
      return hasIdentifier(c.requesting_organization, identifierSystems.odsOrganization.system)
        ? ''
        : `requesting_organization has no ${identifierSystems.odsOrganization.system} identifier.`;
    },
  },
  {
    id: 'jwt-practitioner',
    title: 'requesting_practitioner carries the SDS user ID and role profile ID',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    grade: (r) => {
      const c = withClaims(r);
      if (!c) return undefined;
      const missing = [identifierSystems.sdsUser.system, identifierSystems.sdsRoleProfile.system].filter(
        (system) => !hasIdentifier(c.requesting_practitioner, system),
      );
      return missing.length === 0 ? '' : `requesting_practitioner lacks ${missing.join(' and ')}.`;
    },
  },
  {
    id: 'if-match',
    title: 'If-Match with the ETag on amend and cancel',
    spec: `${SPEC}appointments_use_case_amend_an_appointment.html`,
    grade: (r) => {
      const key = named(r)?.key;
      if (key !== 'A4' && key !== 'A5') return undefined;
      return /^W\/"[^"]+"$/.test(r.ifMatch ?? '')
        ? ''
        : `If-Match is ${JSON.stringify(r.ifMatch)}; send the ETag of your last read.`;
    },
  },
  {
    id: 'nhs-number-checked',
    title: 'The NHS number is traced before the record is read',
    spec: `${SPEC}integration_personal_demographic_service.html`,
    grade: (r, earlier) => {
      if (named(r)?.key !== 'S1' || !r.nhsRead) return undefined;
      return earlier.some((e) => e.nhsChecked === r.nhsRead)
        ? ''
        : `${r.nhsRead} was not traced in PDS or found by a patient search first.`;
    },
  },
  {
    id: 'slot-found',
    title: 'A booking takes only slots a search returned',
    spec: `${SPEC}appointments_use_case_book_an_appointment.html`,
    grade: (r, earlier) => {
      if (named(r)?.key !== 'A3') return undefined;
      const found = new Set(earlier.flatMap((e) => e.slotsFound ?? []));
      const unseen = (r.slotsBooked ?? []).filter((id) => !found.has(id));
      return unseen.length === 0 ? '' : `Slot ${unseen.join(', ')} was not in any free-slot search answer.`;
    },
  },
  {
    id: 'retry-after-transient',
    title: 'After a transient failure, a retry carries a new Ssp-TraceID',
    spec: `${SPEC}integration_spine_secure_proxy.html`,
    grade: (r, earlier) => {
      const last = earlier.at(-1);
      if (!last?.fault || !TRANSIENT.has(last.fault)) return undefined;
      return r.traceId && r.traceId !== last.traceId
        ? ''
        : `Request #${r.seq} resent Ssp-TraceID ${r.traceId} after the ${last.fault} failure.`;
    },
  },
  {
    id: 're-read-after-conflict',
    title: 'After a 409 on amend or cancel, the appointment is read again first',
    spec: `${SPEC}appointments_use_case_amend_an_appointment.html`,
    grade: (r, earlier) => {
      const key = named(r)?.key;
      if (key !== 'A4' && key !== 'A5') return undefined;
      const conflict = earlier.findLastIndex(
        (e) => (named(e)?.key === 'A4' || named(e)?.key === 'A5') && e.status === 409,
      );
      if (conflict < 0) return undefined;
      return earlier.slice(conflict + 1).some((e) => named(e)?.key === 'A2' && e.status === 200)
        ? ''
        : `Request #${r.seq} amended again without reading the appointment after the 409 of request #${earlier[conflict]?.seq}.`;
    },
  },
  {
    id: 'search-after-slot-taken',
    title: 'After a slot is taken, free slots are searched again before the next booking',
    spec: `${SPEC}appointments_use_case_book_an_appointment.html`,
    grade: (r, earlier) => {
      if (named(r)?.key !== 'A3') return undefined;
      const taken = earlier.findLastIndex((e) => named(e)?.key === 'A3' && e.status === 409);
      if (taken < 0) return undefined;
      return earlier.slice(taken + 1).some((e) => named(e)?.key === 'A1' && e.status === 200)
        ? ''
        : `Request #${r.seq} booked again without a new slot search after the 409 of request #${earlier[taken]?.seq}.`;
    },
  },
];

export interface ObligationReport {
  id: string;
  title: string;
  spec: string;
  passed: number;
  failed: number;
  failures: { seq: number; method: string; path: string; traceId: string | null; problem: string }[];
}

export interface AssuranceReport {
  asid: string;
  requests: number;
  passed: boolean;
  obligations: ObligationReport[];
}

/** Grades every obligation over one consumer's requests, in the order they arrived. */
export function gradeConsumer(asid: string, records: AssuranceRecord[]): AssuranceReport {
  const reports = obligations.map((o): ObligationReport => {
    const report: ObligationReport = { id: o.id, title: o.title, spec: o.spec, passed: 0, failed: 0, failures: [] };
    records.forEach((record, i) => {
      const verdict = o.grade(record, records.slice(0, i));
      if (verdict === undefined) return;
      if (verdict === '') report.passed++;
      else {
        report.failed++;
        report.failures.push({
          seq: record.seq,
          method: record.method,
          path: record.path,
          traceId: record.traceId,
          problem: verdict,
        });
      }
    });
    return report;
  });
  return { asid, requests: records.length, passed: reports.every((r) => r.failed === 0), obligations: reports };
}
