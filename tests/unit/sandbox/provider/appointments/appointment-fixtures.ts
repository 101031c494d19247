// Test helpers for Appointment Management: find free slots and build a valid booking for them.
import type { Appointment, Bundle, Slot } from 'fhir/r3';
import type { Sandbox } from '../../../../../src/sandbox/index.ts';
import { gpcRequest } from '../../gpc-request.ts';
import { addDays, ukDate } from '../../../../../src/spec/uk-time.ts';

export const APPOINTMENT_PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1';
export const CANCELLATION_REASON =
  'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1';

export async function freeSlots(sandbox: Sandbox, ods = 'B82617', extra = ''): Promise<Slot[]> {
  const response = await sandbox.handle(
    gpcRequest('A1', {
      ods,
      query: `start=ge${ukDate(new Date())}&end=le${addDays(ukDate(new Date()), 14)}&status=free&_include=Slot:schedule${extra}`,
    }),
  );
  const bundle = (await response.json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Slot => r?.resourceType === 'Slot');
}

export function booking(slots: Slot[], overrides: Record<string, unknown> = {}): Appointment {
  const first = slots[0] as Slot;
  const last = slots[slots.length - 1] as Slot;
  return {
    resourceType: 'Appointment',
    meta: { profile: [APPOINTMENT_PROFILE] },
    contained: [
      {
        resourceType: 'Organization',
        id: '1',
        meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1'] },
        identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A1001' }],
        name: 'Example Urgent Care Centre',
        telecom: [{ system: 'phone', value: '0300 000 0000' }],
      },
    ],
    extension: [
      {
        url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1',
        valueReference: { reference: '#1' },
      },
    ],
    status: 'booked',
    description: 'Follow-up for cough',
    start: first.start,
    end: last.end,
    slot: slots.map((s) => ({ reference: `Slot/${s.id}` })),
    created: first.start,
    participant: [
      { actor: { reference: 'Patient/2' }, status: 'accepted' },
      { actor: { reference: 'Location/16' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/1' }, status: 'accepted' },
    ],
    ...overrides,
  } as unknown as Appointment;
}

export const book = (sandbox: Sandbox, body: unknown, headers: Record<string, string> = {}) =>
  sandbox.handle(gpcRequest('A3', { body, headers }));

export const put = (sandbox: Sandbox, key: 'A4' | 'A5', appointment: Appointment, etag: string | null) =>
  sandbox.handle(gpcRequest(key, { id: appointment.id as string, body: appointment, headers: { 'If-Match': etag } }));
