// The provider's obligations, written from the specification: each check sends consumer-core requests to the
// provider under test and lists what its answers got wrong (an empty list is a pass).
import type { GpcRequestOptions } from '../consumer/request.ts';
import type { WireRequest } from '../consumer/wire.ts';
import {
  CACHE_CONTROL,
  FHIR_JSON,
  SPINE_ERROR_SYSTEM,
  appointmentExtensions,
  identifierSystems,
  interactions,
  profiles,
  type InteractionKey,
} from '../spec/index.ts';

const SPEC = 'https://developer.nhs.uk/apis/gpconnect/';
export type Send = (request: WireRequest) => Promise<Response>;
export interface ProviderCheck {
  id: string;
  title: string;
  spec: string;
  run(probe: Probe): Promise<string[]>;
}

/** What a check uses: request building at the provider's base URL, sending, and answer assertions. */
export interface Probe {
  build(key: InteractionKey, options?: Omit<GpcRequestOptions, 'base'>): WireRequest;
  send: Send;
}

const PATIENT_NHS = '9690937286';
const nhsQuery = (nhs: string): Array<[string, string]> => [
  ['identifier', `${identifierSystems.nhsNumber.system}|${nhs}`],
];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function expectAnswer(label: string, response: Response, status: number, code?: string): Promise<string[]> {
  const problems: string[] = [];
  if (response.status !== status) problems.push(`${label}: status ${response.status}, expected ${status}.`);
  if (response.headers.get('Cache-Control') !== CACHE_CONTROL)
    problems.push(
      `${label}: Cache-Control is ${JSON.stringify(response.headers.get('Cache-Control'))}, expected ${CACHE_CONTROL}.`,
    );
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as
    { resourceType?: string; issue?: { details?: { coding?: { system?: string; code?: string }[] } }[] } | undefined;
  if (code) {
    const coding = body?.issue?.[0]?.details?.coding?.[0];
    if (body?.resourceType !== 'OperationOutcome' || coding?.system !== SPINE_ERROR_SYSTEM || coding.code !== code)
      problems.push(
        `${label}: expected an OperationOutcome coded ${code}, got ${coding?.code ?? body?.resourceType ?? 'no FHIR body'}.`,
      );
  } else if (!/^application\/fhir\+json/.test(response.headers.get('Content-Type') ?? '') && response.status !== 204) {
    problems.push(
      `${label}: Content-Type is ${JSON.stringify(response.headers.get('Content-Type'))}, expected ${FHIR_JSON}.`,
    );
  }
  return problems;
}

const withHeader = (request: WireRequest, name: string, value: string | null): WireRequest => ({
  ...request,
  headers: [
    ...request.headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase()),
    ...(value === null ? [] : [[name, value] as [string, string]]),
  ],
});

export const providerChecks: ProviderCheck[] = [
  {
    id: 'metadata',
    title: 'Serves its CapabilityStatement with the GP Connect response headers',
    spec: `${SPEC}foundations_use_case_get_the_fhir_capability_statement.html`,
    run: async (p) => expectAnswer('F1', await p.send(p.build('F1')), 200),
  },
  {
    id: 'patient-search',
    title: 'Finds a registered patient by NHS number',
    spec: `${SPEC}foundations_use_case_find_a_patient.html`,
    run: async (p) => {
      const response = await p.send(p.build('F2', { query: nhsQuery(PATIENT_NHS) }));
      const problems = await expectAnswer('F2', response, 200);
      const bundle = (await response.json().catch(() => ({}))) as { resourceType?: string; entry?: unknown[] };
      if (bundle.resourceType !== 'Bundle' || bundle.entry?.length !== 1)
        problems.push('F2: expected a Bundle with one Patient.');
      return problems;
    },
  },
  {
    id: 'invalid-nhs-number',
    title: 'Refuses an NHS number that fails its check digit (400 INVALID_NHS_NUMBER)',
    spec: `${SPEC}foundations_use_case_find_a_patient.html`,
    run: async (p) =>
      expectAnswer('F2', await p.send(p.build('F2', { query: nhsQuery('9690937287') })), 400, 'INVALID_NHS_NUMBER'),
  },
  {
    id: 'missing-trace-id',
    title: 'Refuses a request without Ssp-TraceID (400 BAD_REQUEST)',
    spec: `${SPEC}integration_spine_secure_proxy.html`,
    run: async (p) =>
      expectAnswer('F1', await p.send(withHeader(p.build('F1'), 'Ssp-TraceID', null)), 400, 'BAD_REQUEST'),
  },
  {
    id: 'wrong-interaction-id',
    title: 'Refuses an interaction ID that does not fit the request (400 BAD_REQUEST)',
    spec: `${SPEC}integration_interaction_ids.html`,
    run: async (p) =>
      expectAnswer(
        'F1',
        await p.send(withHeader(p.build('F1'), 'Ssp-InteractionID', interactions.F3.id)),
        400,
        'BAD_REQUEST',
      ),
  },
  {
    id: 'jwt-lifetime',
    title: 'Refuses a JWT whose exp is not iat + 300 (400 BAD_REQUEST)',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    run: async (p) => {
      const iat = Math.floor(Date.now() / 1000);
      return expectAnswer('F1', await p.send(p.build('F1', { claims: { iat, exp: iat + 600 } })), 400, 'BAD_REQUEST');
    },
  },
  {
    id: 'jwt-scope',
    title: 'Refuses a JWT whose requested_scope does not fit the interaction (400 BAD_REQUEST)',
    spec: `${SPEC}integration_cross_organisation_audit_and_provenance.html`,
    run: async (p) =>
      expectAnswer(
        'F2',
        await p.send(
          p.build('F2', { query: nhsQuery(PATIENT_NHS), claims: { requested_scope: 'organization/*.read' } }),
        ),
        400,
        'BAD_REQUEST',
      ),
  },
  {
    id: 'structured-record',
    title: 'Returns a structured record for a registered patient',
    spec: `${SPEC}accessrecord_structured_development_retrieve_patient_record.html`,
    run: async (p) => {
      const body = {
        resourceType: 'Parameters',
        parameter: [
          {
            name: 'patientNHSNumber',
            valueIdentifier: { system: identifierSystems.nhsNumber.system, value: PATIENT_NHS },
          },
        ],
      };
      return expectAnswer('S1', await p.send(p.build('S1', { body })), 200);
    },
  },
  {
    id: 'appointment-lifecycle',
    title: 'Books, reads and cancels an appointment, refusing a stale If-Match',
    spec: `${SPEC}appointments_use_case_book_an_appointment.html`,
    run: async (p) => {
      const search = await p.send(
        p.build('A1', {
          query: [
            ['start', `ge${day(0)}`],
            ['end', `le${day(13)}`],
            ['status', 'free'],
            ['_include', 'Slot:schedule'],
          ],
        }),
      );
      const problems = await expectAnswer('A1', search, 200);
      const bundle = (await search.json().catch(() => ({}))) as {
        entry?: { resource?: { resourceType?: string; id?: string; start?: string; end?: string } }[];
      };
      const slot = bundle.entry?.map((e) => e.resource).find((r) => r?.resourceType === 'Slot');
      if (!slot) return [...problems, 'A1: no free Slot in the next two weeks to book.'];
      const booked = await p.send(p.build('A3', { body: bookingFor(slot) }));
      problems.push(...(await expectAnswer('A3', booked, 201)));
      if (!booked.headers.get('ETag')) problems.push('A3: no ETag on the created appointment.');
      const appointment = (await booked.json().catch(() => ({}))) as { id?: string };
      if (!appointment.id) return [...problems, 'A3: the answer has no Appointment id.'];
      const read = await p.send(p.build('A2', { id: appointment.id }));
      problems.push(...(await expectAnswer('A2', read, 200)));
      const current = (await read.json().catch(() => ({}))) as Record<string, unknown>;
      const cancelled = {
        ...current,
        status: 'cancelled',
        extension: [
          ...((current.extension as unknown[]) ?? []),
          { url: appointmentExtensions.cancellationReason, valueString: 'Runner test' },
        ],
      };
      problems.push(
        ...(await expectAnswer(
          'A5 stale',
          await p.send(p.build('A5', { id: appointment.id, ifMatch: 'W/"0"', body: cancelled })),
          409,
        )),
      );
      problems.push(
        ...(await expectAnswer(
          'A5',
          await p.send(p.build('A5', { id: appointment.id, ifMatch: read.headers.get('ETag') ?? '', body: cancelled })),
          200,
        )),
      );
      return problems;
    },
  },
];

function bookingFor(slot: { id?: string; start?: string; end?: string }) {
  return {
    resourceType: 'Appointment',
    meta: { profile: [profiles.appointment.url] },
    contained: [
      {
        resourceType: 'Organization',
        id: '1',
        meta: { profile: [profiles.organization.url] },
        identifier: [{ system: identifierSystems.odsOrganization.system, value: 'A1001' }],
        name: 'Provider runner',
        telecom: [{ system: 'phone', value: '0300 000 0000' }],
      },
    ],
    extension: [{ url: appointmentExtensions.bookingOrganisation, valueReference: { reference: '#1' } }],
    status: 'booked',
    description: 'Provider runner booking',
    start: slot.start,
    end: slot.end,
    slot: [{ reference: `Slot/${slot.id}` }],
    created: slot.start,
    participant: [
      { actor: { reference: 'Patient/2' }, status: 'accepted' },
      { actor: { reference: 'Location/16' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/1' }, status: 'accepted' },
    ],
  };
}
