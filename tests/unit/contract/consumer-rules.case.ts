// tests/unit/contract/consumer-rules.case.ts: one table of GP Connect consumer rules, each a change to a valid
// request and the answer a provider gives. consumer.test.ts runs it through the consumer core's predictions (what
// the widgets tell a reader), sandbox.test.ts through the sandbox's handler (what a provider answers); a rule on
// which the two disagree fails one of them. Add a case here, never to one side only.
import type { Appointment } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { encodeJwt } from '../../../src/consumer/jwt.ts';
import type { PredictedOutcome } from '../../../src/consumer/predict.ts';
import { buildGpcRequest } from '../../../src/consumer/request.ts';
import type { WireRequest } from '../../../src/consumer/wire.ts';
import { addDays } from '../../../src/spec/uk-time.ts';
import { buildDefaultClaims, type JwtClaims } from '../../../src/consumer/claims.ts';
import {
  BAD_CHECK_DIGIT_NHS_NUMBER,
  endpointUrl,
  identifierSystems,
  interactions,
  LEGACY_JWT_CLAIM,
  MAX_DESCRIPTION_LENGTH,
  appointmentExtensions,
  REQUIRED_JWT_CLAIMS,
  testPatients,
  type InteractionKey,
} from '../../../src/spec/index.ts';

export const BASE = 'http://sandbox.test';
export const NOW = new Date();

type Json = Record<string, any>;

/** The parts of a request a case may change before it is put on the wire. */
export interface CaseRequest {
  headers: Array<[string, string]>;
  /** For amend and cancel: the appointment as booked (and read back), which the body starts from. */
  stored?: Appointment;
  claims: JwtClaims;
  /** Replaces the token made from `claims` (for cases about the token's form). */
  token?: string;
  body?: Json;
}

export interface ContractCase {
  title: string;
  interaction: InteractionKey;
  change: (request: CaseRequest) => void;
  expect: PredictedOutcome;
  /** For amend and cancel: the state of the appointment before the request (default booked). */
  appointment?: AppointmentState;
}

export type AppointmentState = 'booked' | 'cancelled';

const badRequest = { status: 400, code: 'BAD_REQUEST' } as const;
const invalidParameter = { status: 422, code: 'INVALID_PARAMETER' } as const;
const invalidResource = { status: 422, code: 'INVALID_RESOURCE' } as const;

const setHeader = (request: CaseRequest, name: string, value: string | null) => {
  request.headers = request.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase());
  if (value !== null) request.headers.push([name, value]);
};
const claim = (name: string, value: unknown) => (request: CaseRequest) => {
  if (value === undefined) delete request.claims[name];
  else request.claims[name] = value;
};
const resource = (name: string, change: (value: Json) => void) => (request: CaseRequest) =>
  change(request.claims[name] as Json);

/** Patient 2's record with every clinical area, the richest valid request. */
function fullStructuredBody(): Json {
  return {
    resourceType: 'Parameters',
    parameter: [
      {
        name: 'patientNHSNumber',
        valueIdentifier: { system: identifierSystems.nhsNumber.system, value: testPatients.patient2.nhsNumber },
      },
      { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: true }] },
      { name: 'includeMedication' },
      { name: 'includeImmunisations' },
      { name: 'includeUncategorisedData' },
      { name: 'includeInvestigations' },
      { name: 'includeReferrals' },
      { name: 'includeDiaryEntries' },
    ],
  };
}
const param = (body: Json, name: string): Json => body.parameter.find((item: Json) => item.name === name);
const addParameter = (value: Json) => (request: CaseRequest) => request.body!.parameter.push(value);
const addPart = (area: string, part: Json) => (request: CaseRequest) => {
  const parameter =
    param(request.body!, area) ?? (request.body!.parameter.push({ name: area }), param(request.body!, area));
  parameter.part = [...(parameter.part ?? []), part];
};
const onlyArea = (area: Json) => (request: CaseRequest) => {
  request.body!.parameter = [param(request.body!, 'patientNHSNumber'), area];
};

function today(): string {
  return NOW.toISOString().slice(0, 10);
}

const headerCases: ContractCase[] = [
  ...['Ssp-TraceID', 'Ssp-From', 'Ssp-To', 'Ssp-InteractionID'].map((name): ContractCase => ({
    title: `a request without ${name} is 400 BAD_REQUEST`,
    interaction: 'F2',
    change: (request) => setHeader(request, name, null),
    expect: badRequest,
  })),
  {
    title: 'a blank Ssp-From is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => setHeader(request, 'Ssp-From', '  '),
    expect: badRequest,
  },
  {
    title: 'an Ssp-TraceID that is not a UUID is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => setHeader(request, 'Ssp-TraceID', 'trace-1'),
    expect: badRequest,
  },
  {
    title: 'an unknown interaction ID is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) =>
      setHeader(request, 'Ssp-InteractionID', 'urn:nhs:names:services:gpconnect:fhir:rest:search:patients-1'),
    expect: badRequest,
  },
  {
    title: 'a mis-cased interaction ID is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => setHeader(request, 'Ssp-InteractionID', interactions.F2.id.toUpperCase()),
    expect: badRequest,
  },
  {
    title: "another interaction's ID is 400 BAD_REQUEST",
    interaction: 'F2',
    change: (request) => setHeader(request, 'Ssp-InteractionID', interactions.F3.id),
    expect: badRequest,
  },
  {
    title: "an Ssp-To that is not the provider's ASID is 400 BAD_REQUEST",
    interaction: 'F2',
    change: (request) => setHeader(request, 'Ssp-To', '999999999999'),
    expect: badRequest,
  },
  {
    title: 'a request without Authorization is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.token = '';
    },
    expect: badRequest,
  },
];

const jwtCases: ContractCase[] = [
  ...REQUIRED_JWT_CLAIMS.map((name): ContractCase => ({
    title: `a JWT without ${name} is 400 BAD_REQUEST`,
    interaction: 'F2',
    change: claim(name, undefined),
    expect: badRequest,
  })),
  {
    title: 'a signed JWT (non-empty signature) is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.token = `${encodeJwt(request.claims)}c2ln`;
    },
    expect: badRequest,
  },
  {
    title: 'a JWT that is not three base64url parts is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.token = 'not-a-token';
    },
    expect: badRequest,
  },
  {
    title: `the 0.x ${LEGACY_JWT_CLAIM} claim is 400 BAD_REQUEST`,
    interaction: 'F2',
    change: claim(LEGACY_JWT_CLAIM, 'patient/*.read'),
    expect: badRequest,
  },
  {
    title: 'the 0.x fixed audience is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('aud', 'https://authorize.fhir.nhs.net/token'),
    expect: badRequest,
  },
  {
    title: 'exp 600 seconds after iat is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.claims.exp = (request.claims.iat as number) + 600;
    },
    expect: badRequest,
  },
  {
    title: 'an expired JWT is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.claims.iat = (request.claims.iat as number) - 900;
      request.claims.exp = (request.claims.iat as number) + 300;
    },
    expect: badRequest,
  },
  {
    title: 'iat fifteen minutes in the future is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.claims.iat = (request.claims.iat as number) + 900;
      request.claims.exp = (request.claims.iat as number) + 300;
    },
    expect: badRequest,
  },
  {
    title: 'iat written as a string is 400 BAD_REQUEST',
    interaction: 'F2',
    change: (request) => {
      request.claims.iat = String(request.claims.iat);
    },
    expect: badRequest,
  },
  {
    title: 'a scope GP Connect does not know is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('requested_scope', 'patient/*.admin'),
    expect: badRequest,
  },
  {
    title: 'a write scope on a read interaction is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('requested_scope', 'patient/*.write'),
    expect: badRequest,
  },
  {
    title: 'conf/R on an interaction that is not a migration is 400 BAD_REQUEST',
    interaction: 'S1',
    change: claim('requested_scope', 'patient/*.read conf/R'),
    expect: badRequest,
  },
  {
    title: 'an unknown reason_for_request is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('reason_for_request', 'curiosity'),
    expect: badRequest,
  },
  {
    title: 'the migration reason on an interaction that is not a migration is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('reason_for_request', 'migration'),
    expect: badRequest,
  },
  {
    title: 'requesting_device of the wrong resource type is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_device', (device) => {
      device.resourceType = 'Patient';
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_device without an identifier value is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_device', (device) => {
      delete device.identifier[0].value;
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_device without a model is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_device', (device) => {
      delete device.model;
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_device without a version is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_device', (device) => {
      delete device.version;
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_organization without a name is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_organization', (organization) => {
      delete organization.name;
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_organization without an ODS code is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_organization', (organization) => {
      organization.identifier = [];
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_practitioner without an id is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_practitioner', (practitioner) => {
      delete practitioner.id;
    }),
    expect: badRequest,
  },
  {
    title: 'sub that differs from requesting_practitioner.id is 400 BAD_REQUEST',
    interaction: 'F2',
    change: claim('sub', 'someone-else'),
    expect: badRequest,
  },
  {
    title: 'requesting_practitioner without a family name is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_practitioner', (practitioner) => {
      delete practitioner.name[0].family;
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_practitioner without a given name is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_practitioner', (practitioner) => {
      practitioner.name[0].given = [];
    }),
    expect: badRequest,
  },
  {
    title: 'requesting_practitioner without an SDS user id is 400 BAD_REQUEST',
    interaction: 'F2',
    change: resource('requesting_practitioner', (practitioner) => {
      practitioner.identifier = practitioner.identifier.filter(
        (identifier: Json) => identifier.system !== identifierSystems.sdsUser.system,
      );
    }),
    expect: badRequest,
  },
];

const structuredCases: ContractCase[] = [
  {
    title: 'a structured request without patientNHSNumber is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      request.body!.parameter.shift();
    },
    expect: invalidParameter,
  },
  {
    title: 'patientNHSNumber with another identifier system is 400 INVALID_IDENTIFIER_SYSTEM',
    interaction: 'S1',
    change: (request) => {
      param(request.body!, 'patientNHSNumber').valueIdentifier.system = identifierSystems.odsOrganization.system;
    },
    expect: { status: 400, code: 'INVALID_IDENTIFIER_SYSTEM' },
  },
  {
    title: 'an NHS number with a wrong check digit is 400 INVALID_NHS_NUMBER',
    interaction: 'S1',
    change: (request) => {
      param(request.body!, 'patientNHSNumber').valueIdentifier.value = BAD_CHECK_DIGIT_NHS_NUMBER;
    },
    expect: { status: 400, code: 'INVALID_NHS_NUMBER' },
  },
  {
    title: 'a parameter sent twice is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addParameter({ name: 'includeMedication' }),
    expect: invalidParameter,
  },
  {
    title: 'patientNHSNumber alone is a valid request (the patient without clinical areas)',
    interaction: 'S1',
    change: (request) => {
      request.body!.parameter = [param(request.body!, 'patientNHSNumber')];
    },
    expect: 'ok',
  },
  {
    title: 'no recognised parameter at all is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      request.body!.parameter = [{ name: 'includeEverything' }];
    },
    expect: invalidParameter,
  },
  {
    title: 'an unknown parameter is answered with a warning',
    interaction: 'S1',
    change: addParameter({ name: 'includeEverything' }),
    expect: 'warning',
  },
  {
    title: 'an unknown part is answered with a warning',
    interaction: 'S1',
    change: addPart('includeMedication', { name: 'includeRepeatsOnly', valueBoolean: true }),
    expect: 'warning',
  },
  {
    title: 'filterSignificance, removed by 1.6.2, is answered with a warning',
    interaction: 'S1',
    change: addPart('includeProblems', { name: 'filterSignificance', valueCode: 'major' }),
    expect: 'warning',
  },
  {
    title: 'filterPrescriptionType, not yet in 1.6.2, is answered with a warning',
    interaction: 'S1',
    change: addPart('includeMedication', { name: 'filterPrescriptionType', valueCode: 'acute' }),
    expect: 'warning',
  },
  {
    title: 'includeAllergies without includeResolvedAllergies is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      param(request.body!, 'includeAllergies').part = [];
    },
    expect: invalidParameter,
  },
  {
    title: 'a part without its value is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      param(request.body!, 'includeAllergies').part = [{ name: 'includeResolvedAllergies' }];
    },
    expect: invalidParameter,
  },
  {
    title: 'a boolean part with a string value is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeImmunisations', { name: 'includeNotGiven', valueBoolean: 'yes' }),
    expect: invalidParameter,
  },
  {
    title: 'a part sent twice is 422 INVALID_RESOURCE',
    interaction: 'S1',
    change: (request) => {
      addPart('includeMedication', { name: 'includePrescriptionIssues', valueBoolean: true })(request);
      addPart('includeMedication', { name: 'includePrescriptionIssues', valueBoolean: false })(request);
    },
    expect: invalidResource,
  },
  {
    title: 'medicationSearchFromDate with a time is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeMedication', { name: 'medicationSearchFromDate', valueDate: `${today()}T10:00:00Z` }),
    expect: invalidParameter,
  },
  {
    title: 'medicationSearchFromDate after today is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeMedication', { name: 'medicationSearchFromDate', valueDate: addDays(today(), 30) }),
    expect: invalidParameter,
  },
  {
    title: 'diaryEntriesSearchDate before today is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeDiaryEntries', { name: 'diaryEntriesSearchDate', valueDate: addDays(today(), -30) }),
    expect: invalidParameter,
  },
  {
    title: 'a search period that starts after it ends is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeReferrals', {
      name: 'referralSearchPeriod',
      valuePeriod: { start: addDays(today(), -10), end: addDays(today(), -20) },
    }),
    expect: invalidParameter,
  },
  {
    title: 'a search period ending after today is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: addPart('includeInvestigations', {
      name: 'investigationSearchPeriod',
      valuePeriod: { start: addDays(today(), -10), end: addDays(today(), 10) },
    }),
    expect: invalidParameter,
  },
  {
    title: 'includeNumberOfMostRecent of 0 is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: onlyArea({
      name: 'includeConsultations',
      part: [{ name: 'includeNumberOfMostRecent', valuePositiveInt: 0 }],
    }),
    expect: invalidParameter,
  },
  {
    title: 'consultationSearchPeriod with includeNumberOfMostRecent is 422 INVALID_RESOURCE',
    interaction: 'S1',
    change: onlyArea({
      name: 'includeConsultations',
      part: [
        { name: 'consultationSearchPeriod', valuePeriod: { start: addDays(today(), -30) } },
        { name: 'includeNumberOfMostRecent', valuePositiveInt: 3 },
      ],
    }),
    expect: invalidResource,
  },
  {
    title: 'filterStatus other than active or inactive is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: onlyArea({ name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'resolved' }] }),
    expect: invalidParameter,
  },
  {
    title: 'a medication filter sent with includeConsultations is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      addPart('includeMedication', { name: 'medicationSearchFromDate', valueDate: addDays(today(), -30) })(request);
      addParameter({ name: 'includeConsultations' })(request);
    },
    expect: invalidParameter,
  },
  {
    title: 'filterStatus sent with includeConsultations is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      addParameter({ name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'active' }] })(request);
      addParameter({ name: 'includeConsultations' })(request);
    },
    expect: invalidParameter,
  },
  {
    title: 'an immunisation filter sent with includeProblems is 422 INVALID_PARAMETER',
    interaction: 'S1',
    change: (request) => {
      addPart('includeImmunisations', { name: 'includeNotGiven', valueBoolean: true })(request);
      addParameter({ name: 'includeProblems' })(request);
    },
    expect: invalidParameter,
  },
];

const fhirConstraint = { status: 409, code: 'FHIR_CONSTRAINT_VIOLATION' } as const;
const cancellationReason = (text: string, url: string = appointmentExtensions.cancellationReason) => ({
  url,
  valueString: text,
});
const withoutReason = (request: CaseRequest) => {
  request.body!.extension = request.body!.extension.filter(
    (e: Json) => e.url !== appointmentExtensions.cancellationReason,
  );
};
const addParticipant = (request: CaseRequest) =>
  request.body!.participant.push({ actor: { reference: 'Practitioner/2' }, status: 'accepted' });
const staleIfMatch = (request: CaseRequest) => setHeader(request, 'If-Match', 'W/"1"');

/** Amend starts from the booked appointment with a new description; cancel from it with status and reason set. */
const appointmentCases: ContractCase[] = [
  { title: 'an amendment of the description succeeds', interaction: 'A4', change: () => {}, expect: 'ok' },
  {
    title: 'an amendment of the comment succeeds',
    interaction: 'A4',
    change: (request) => (request.body!.comment = 'Please bring your inhaler'),
    expect: 'ok',
  },
  {
    title: 'an amendment that changes the priority is 422 INVALID_RESOURCE',
    interaction: 'A4',
    change: (request) => (request.body!.priority = 1),
    expect: invalidResource,
  },
  {
    title: 'an amendment that changes the status is 422 INVALID_RESOURCE',
    interaction: 'A4',
    change: (request) => (request.body!.status = 'arrived'),
    expect: invalidResource,
  },
  {
    title: 'an amendment that adds a participant is 422 INVALID_RESOURCE',
    interaction: 'A4',
    change: addParticipant,
    expect: invalidResource,
  },
  {
    title: 'an amendment that carries a cancellation reason is 422 INVALID_RESOURCE',
    interaction: 'A4',
    change: (request) => request.body!.extension.push(cancellationReason('No longer needed')),
    expect: invalidResource,
  },
  {
    title: 'an amendment that makes the booking organisation reference absolute is 422 INVALID_RESOURCE',
    interaction: 'A4',
    change: (request) => {
      const booking = request.body!.extension.find((e: Json) => e.url === appointmentExtensions.bookingOrganisation);
      booking.valueReference = { reference: 'https://example.org/fhir/Organization/1' };
    },
    expect: invalidResource,
  },
  {
    title: `an amended description over ${MAX_DESCRIPTION_LENGTH} characters is 422 INVALID_RESOURCE`,
    interaction: 'A4',
    change: (request) => (request.body!.description = 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1)),
    expect: invalidResource,
  },
  {
    title: 'an amendment with a stale If-Match is 409 FHIR_CONSTRAINT_VIOLATION',
    interaction: 'A4',
    change: staleIfMatch,
    expect: fhirConstraint,
  },
  {
    title: 'an amendment of a cancelled appointment is 422 INVALID_RESOURCE',
    interaction: 'A4',
    appointment: 'cancelled',
    change: () => {},
    expect: invalidResource,
  },
  { title: 'a cancellation with a reason succeeds', interaction: 'A5', change: () => {}, expect: 'ok' },
  {
    title: 'a cancellation without a reason is 422 INVALID_PARAMETER',
    interaction: 'A5',
    change: withoutReason,
    expect: invalidParameter,
  },
  {
    title: 'a cancellation with an empty reason is 422 INVALID_PARAMETER',
    interaction: 'A5',
    change: (request) => {
      withoutReason(request);
      request.body!.extension.push(cancellationReason('  '));
    },
    expect: invalidParameter,
  },
  {
    title: 'a cancellation whose reason extension URL is misspelt is 422 INVALID_PARAMETER',
    interaction: 'A5',
    change: (request) => {
      withoutReason(request);
      request.body!.extension.push(
        cancellationReason('No longer needed', appointmentExtensions.cancellationReason.replace('Reason', 'Reasons')),
      );
    },
    expect: invalidParameter,
  },
  {
    title: 'a cancellation that leaves the status booked is 422 INVALID_RESOURCE',
    interaction: 'A5',
    change: (request) => (request.body!.status = 'booked'),
    expect: invalidResource,
  },
  {
    title: 'a cancellation that also changes the description is 422 INVALID_RESOURCE',
    interaction: 'A5',
    change: (request) => (request.body!.description = 'Changed while cancelling'),
    expect: invalidResource,
  },
  {
    title: 'a cancellation that adds a participant is 422 INVALID_RESOURCE',
    interaction: 'A5',
    change: addParticipant,
    expect: invalidResource,
  },
  {
    title: 'a cancellation with a stale If-Match is 409 FHIR_CONSTRAINT_VIOLATION',
    interaction: 'A5',
    change: staleIfMatch,
    expect: fhirConstraint,
  },
  {
    title: 'a second cancellation of a cancelled appointment is 422 INVALID_RESOURCE',
    interaction: 'A5',
    appointment: 'cancelled',
    change: () => {},
    expect: invalidResource,
  },
];

export const contractCases: readonly ContractCase[] = [
  {
    title: 'a valid find-a-patient request succeeds',
    interaction: 'F2',
    change: () => {},
    expect: 'ok',
  },
  { title: 'a valid structured request for every area succeeds', interaction: 'S1', change: () => {}, expect: 'ok' },
  ...headerCases,
  ...jwtCases,
  ...structuredCases,
  ...appointmentCases,
];

/** The body a change case starts from: a valid amendment or cancellation of the stored appointment. */
function validChange(key: 'A4' | 'A5', stored: Appointment): Json {
  const body: Json = structuredClone(stored);
  delete body.meta?.versionId;
  if (key === 'A4') return { ...body, description: 'Review of the cough, moved to a longer slot' };
  return {
    ...body,
    status: 'cancelled',
    extension: [...(body.extension ?? []), cancellationReason('The patient has recovered')],
  };
}

/** The valid request a case starts from, changed by the case and put on the wire. */
export function buildCaseRequest(contractCase: ContractCase, stored?: Appointment): WireRequest {
  const key = contractCase.interaction;
  const interaction = interactions[key];
  const isChange = key === 'A4' || key === 'A5';
  if (isChange && !stored) throw new Error(`${contractCase.title}: amend and cancel cases need the stored appointment`);
  const start: CaseRequest = {
    headers: [],
    claims: buildDefaultClaims(interaction, endpointUrl('B82617', interaction.base), NOW),
    ...(key === 'S1' ? { body: fullStructuredBody() } : {}),
    ...(isChange ? { stored: stored!, body: validChange(key, stored!) } : {}),
  };
  const valid = buildGpcRequest(key, {
    base: BASE,
    now: NOW,
    ...(key === 'F2'
      ? { query: [['identifier', `${identifierSystems.nhsNumber.system}|${testPatients.patient2.nhsNumber}`]] }
      : {}),
    ...(start.body ? { body: start.body } : {}),
    ...(isChange ? { id: stored!.id!, ifMatch: `W/"${stored!.meta?.versionId}"` } : {}),
  });
  start.headers = valid.headers.filter(([name]) => name !== 'Authorization');
  contractCase.change(start);
  const token = start.token ?? encodeJwt(start.claims);
  return {
    ...valid,
    headers: token === '' ? start.headers : [...start.headers, ['Authorization', `Bearer ${token}`]],
    body: start.body === undefined ? null : JSON.stringify(start.body),
  };
}

/**
 * Runs every case through one side: `outcomeOf` says what that side answers to the request; `appointmentFor`
 * gives amend and cancel cases a freshly booked (or booked and cancelled) appointment, as last read.
 */
export function runContractCases(
  side: string,
  outcomeOf: (request: WireRequest, contractCase: ContractCase, stored?: Appointment) => Promise<PredictedOutcome>,
  appointmentFor: (state: AppointmentState) => Promise<Appointment>,
) {
  describe(`${side} follows the consumer rules`, () => {
    test.each(contractCases.map((contractCase) => [contractCase.title, contractCase] as const))(
      '%s',
      async (_title, contractCase) => {
        const stored =
          contractCase.interaction === 'A4' || contractCase.interaction === 'A5'
            ? await appointmentFor(contractCase.appointment ?? 'booked')
            : undefined;
        const request = buildCaseRequest(contractCase, stored);
        expect(await outcomeOf(request, contractCase, stored)).toEqual(contractCase.expect);
      },
    );
  });
}
