// Named examples for Appointment Management (A1-A6). Book, read, amend and cancel work on the slot and appointment
// the reader's earlier requests found; when there are none yet, the widget searches and books first (see needs).
import {
  appointmentExtensions,
  MAX_SLOT_SEARCH_DAYS,
  SLOT_INCLUDE,
  SLOT_RECURSIVE_INCLUDES,
} from '../../spec/appointments.ts';
import { identifierSystems } from '../../spec/identifier-systems.ts';
import { EXAMPLE_JWT } from '../../spec/jwt.ts';
import { endpointUrl } from '../../spec/practices.ts';
import { profileUrl } from '../../spec/profiles.ts';
import { addDays, toUkDateTime } from '../../spec/uk-time.ts';
import type { Example, ExampleContext } from './types.ts';

/** Tomorrow to tomorrow + 13: inside the 14-day limit and clear of slots that start before the reader books. */
const slotSearch = ({ today }: ExampleContext, lastDay = 13): Array<[string, string]> => [
  ['start', `ge${addDays(today, 1)}`],
  ['end', `le${addDays(today, 1 + lastDay)}`],
  ['status', 'free'],
  ['_include', SLOT_INCLUDE],
  ...SLOT_RECURSIVE_INCLUDES.map((include): [string, string] => ['_include:recurse', include]),
];

/** The booking organisation the consumer contains in the Appointment: the JWT's requesting organisation. */
const bookingOrganisation = {
  resourceType: 'Organization',
  id: '1',
  meta: { profile: [profileUrl('organization')] },
  identifier: [{ system: identifierSystems.odsOrganization.system, value: EXAMPLE_JWT.organizationOds }],
  name: EXAMPLE_JWT.organizationName,
  telecom: [{ system: 'phone', value: '0300 000 0000' }],
};

function bookingBody({ session, patient, now }: ExampleContext, patientReference: (id: string) => string) {
  const slot = session.freeSlot;
  return {
    resourceType: 'Appointment',
    meta: { profile: [profileUrl('appointment')] },
    contained: [bookingOrganisation],
    extension: [{ url: appointmentExtensions.bookingOrganisation, valueReference: { reference: '#1' } }],
    status: 'booked',
    description: 'Review of a persistent cough',
    start: slot?.start ?? '',
    end: slot?.end ?? '',
    slot: [{ reference: `Slot/${slot?.id ?? ''}` }],
    created: toUkDateTime(now),
    comment: 'Prefers a morning call back',
    participant: [
      { actor: { reference: patientReference(patient?.logicalId ?? '') }, status: 'accepted' },
      ...(slot?.locationId ? [{ actor: { reference: `Location/${slot.locationId}` }, status: 'accepted' }] : []),
      ...(slot?.practitionerId
        ? [{ actor: { reference: `Practitioner/${slot.practitionerId}` }, status: 'accepted' }]
        : []),
    ],
  };
}

const known = ({ session }: ExampleContext) => session.appointment;
const ifMatch = (context: ExampleContext) => `W/"${known(context)?.versionId ?? ''}"`;
const appointmentPath = (context: ExampleContext) => `/Appointment/${known(context)?.id ?? ''}`;

const amendBody = (context: ExampleContext) => ({
  ...known(context)?.resource,
  comment: 'Now prefers an afternoon call back',
});

const retrieve = ({ today, patient }: ExampleContext, from: number, to: number) => ({
  path: `/Patient/${patient?.logicalId ?? ''}/Appointment`,
  query: [
    ['start', `ge${addDays(today, from)}`],
    ['start', `le${addDays(today, to)}`],
  ] as Array<[string, string]>,
});

export const appointmentExamples = {
  A1: {
    'free-slots-org1': {
      title: 'Free slots at ORG1 over the next two weeks',
      expect: { status: 200 },
      build: (c) => ({ query: slotSearch(c) }),
    },
    'free-slots-org3-empty': {
      title: 'A practice with an empty diary',
      expect: { status: 200 },
      practice: 'X12345',
      build: (c) => ({ query: slotSearch(c) }),
    },
    'free-slots-range-too-long': {
      title: `A range longer than ${MAX_SLOT_SEARCH_DAYS} days`,
      expect: { status: 422, code: 'INVALID_PARAMETER' },
      build: (c) => ({ query: slotSearch(c, MAX_SLOT_SEARCH_DAYS + 7) }),
    },
  },
  A2: {
    'read-appointment': {
      title: 'Read the appointment booked last',
      expect: { status: 200 },
      needs: 'appointment',
      build: (c) => ({ path: appointmentPath(c) }),
    },
    'read-unknown-appointment': {
      title: 'An appointment id nobody has',
      expect: { status: 404, code: 'NO_RECORD_FOUND' },
      build: () => ({ path: '/Appointment/999999' }),
    },
  },
  A3: {
    'book-appointment': {
      title: 'Book the first free slot for patient2',
      expect: { status: 201 },
      patient: 'patient2',
      needs: 'free-slot',
      build: (c) => ({ body: bookingBody(c, (id) => `Patient/${id}`) }),
    },
    'book-absolute-reference': {
      title: 'An absolute patient reference',
      expect: { status: 422, code: 'INVALID_RESOURCE' },
      patient: 'patient2',
      needs: 'free-slot',
      build: (c) => ({ body: bookingBody(c, (id) => `${endpointUrl(c.practice.odsCode, 'gpconnect')}/Patient/${id}`) }),
    },
  },
  A4: {
    'amend-appointment': {
      title: 'Change the comment of the last appointment',
      expect: { status: 200 },
      needs: 'appointment',
      build: (c) => ({ path: appointmentPath(c), ifMatch: ifMatch(c), body: amendBody(c) }),
    },
    'amend-stale-etag': {
      title: 'An If-Match that is no longer current',
      expect: { status: 409 },
      needs: 'appointment',
      build: (c) => ({ path: appointmentPath(c), ifMatch: 'W/"0"', body: amendBody(c) }),
    },
  },
  A5: {
    'cancel-appointment': {
      title: 'Cancel the last appointment',
      expect: { status: 200 },
      needs: 'appointment',
      build: (c) => ({
        path: appointmentPath(c),
        ifMatch: ifMatch(c),
        body: {
          ...known(c)?.resource,
          status: 'cancelled',
          extension: [
            ...((known(c)?.resource.extension as unknown[] | undefined) ?? []),
            { url: appointmentExtensions.cancellationReason, valueString: 'Patient no longer needs the appointment' },
          ],
        },
      }),
    },
  },
  A6: {
    'patient-appointments': {
      title: 'Appointments of patient2 in the next month',
      expect: { status: 200 },
      patient: 'patient2',
      build: (c) => retrieve(c, 0, 30),
    },
    'no-appointments': {
      title: 'A patient with no appointments',
      expect: { status: 200 },
      patient: 'patientNoAppointments',
      build: (c) => retrieve(c, 0, 30),
    },
    'appointments-past-range': {
      title: 'A range reaching into the past',
      expect: { status: 422, code: 'INVALID_PARAMETER' },
      patient: 'patient2',
      build: (c) => retrieve(c, -10, 10),
    },
  },
} satisfies Record<string, Record<string, Example>>;
