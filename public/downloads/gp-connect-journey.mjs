#!/usr/bin/env node
// The GP Connect consumer journey end to end, against the GP Connect developer portal's sandbox server:
// trace the patient on PDS, find the practice's endpoint and ASID on SDS, then through the Spine Secure Proxy
// find the patient, search free slots, book one, read the booking back and cancel it.
//
// Needs Node 18 or later and nothing else. Start the sandbox first (node sandbox.mjs --port 4010), then:
//   node gp-connect-journey.mjs [--base-url http://127.0.0.1:4010] [--nhs-number 9690937286]
//
// Specification: https://developer.nhs.uk/apis/gpconnect-1-6-2/ (Integration: PDS, SDS and SSP; Appointment
// Management: search for free slots, book, read and cancel an appointment).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    'base-url': { type: 'string', default: 'http://127.0.0.1:4010' },
    'nhs-number': { type: 'string', default: '9690937286' },
  },
});
const SANDBOX = options['base-url'].replace(/\/+$/, '');
const NHS_NUMBER = options['nhs-number'];

/** This consumer, as Spine knows it: the example consumer system the sandbox's SDS holds. */
const CONSUMER = { asid: '200000000115', odsCode: 'A1001', name: 'Test Hospital' };

const URN = 'urn:nhs:names:services:gpconnect:fhir:';
const INTERACTIONS = {
  findPatient: { id: `${URN}rest:search:patient-1`, scope: 'patient/*.read' },
  searchSlots: { id: `${URN}rest:search:slot-1`, scope: 'organization/*.read' },
  book: { id: `${URN}rest:create:appointment-1`, scope: 'patient/*.write' },
  read: { id: `${URN}rest:read:appointment-1`, scope: 'patient/*.read' },
  cancel: { id: `${URN}rest:cancel:appointment-1`, scope: 'patient/*.write' },
};
const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
const FHIR_JSON = 'application/fhir+json';
const STRUCTURE = 'https://fhir.nhs.uk/STU3/StructureDefinition/';

// A refused step ends the run with the server's own words rather than a stack trace.
process.on('uncaughtException', (error) => {
  console.error(`\nThe journey stopped: ${error.cause?.message ?? error.message}`);
  process.exit(1);
});

const step = (text) => console.log(`\n== ${text}`);

/** Sends a request and returns the parsed body; any unexpected status stops the journey with the server's words. */
async function send(method, url, { headers = {}, body, expect = 200 } = {}) {
  const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  console.log(`${method} ${url}\n-> ${response.status}`);
  if (response.status !== expect) {
    const issue = json?.issue?.[0];
    const code = issue?.details?.coding?.[0]?.code;
    throw new Error(`expected ${expect}, got ${response.status} ${code ?? ''}: ${issue?.diagnostics ?? text}`);
  }
  return { json, etag: response.headers.get('ETag') };
}

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The unsigned access token GP Connect requires: alg none, every claim, exp exactly iat + 300. */
function accessToken(audience, scope) {
  const iat = Math.floor(Date.now() / 1000);
  const claims = {
    iss: 'https://consumersupplier.thirdparty.nhs.uk/',
    sub: '10019',
    aud: audience,
    exp: iat + 300,
    iat,
    reason_for_request: 'directcare',
    requested_scope: scope,
    requesting_device: {
      resourceType: 'Device',
      identifier: [{ system: 'https://consumersupplier.com/Id/device-identifier', value: 'CONS-APP-4' }],
      model: 'Consumer product name',
      version: '5.3.0',
    },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: ODS_SYSTEM, value: CONSUMER.odsCode }],
      name: CONSUMER.name,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: '10019',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '111222333444' }],
      name: [{ family: 'Jones', given: ['Claire'], prefix: ['Dr'] }],
    },
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

/** A date-time in UK local time with its offset (GP Connect does not accept Z). */
function ukDateTime(date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map(({ type, value }) => [type, value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
const ukDate = (date) => ukDateTime(date).slice(0, 10);

// 1. PDS: who is the patient registered with?
step('PDS: trace the patient');
const { json: pdsPatient } = await send('GET', `${SANDBOX}/spine/pds/Patient/${NHS_NUMBER}`, {
  headers: { Accept: FHIR_JSON },
});
const odsCode = pdsPatient.generalPractitioner?.[0]?.identifier?.value;
if (!odsCode) throw new Error('PDS shows no registered practice for this patient (a sensitive record hides it).');
console.log(`registered practice: ${odsCode}`);

// 2. SDS: the practice's endpoint and party key for the interaction, then its ASID.
const sds = async (filter, attributes) => {
  const query = new URLSearchParams({ base: 'ou=services,o=nhs', filter, attributes });
  const { json } = await send('GET', `${SANDBOX}/spine/sds/search?${query}`, {
    headers: { Accept: 'application/json' },
  });
  if (!json.entries?.length) throw new Error(`SDS found nothing for ${filter}`);
  return json.entries[0];
};
step('SDS: the MHS record (endpoint and party key)');
const mhs = await sds(
  `(&(nhsIDCode=${odsCode})(objectClass=nhsMhs)(nhsMhsSvcIA=${INTERACTIONS.book.id}))`,
  'nhsMhsEndPoint,nhsMhsPartyKey',
);
const endpoint = mhs.nhsMhsEndPoint;
console.log(`endpoint: ${endpoint}, party key: ${mhs.nhsMhsPartyKey}`);
step('SDS: the AS record (ASID)');
const as = await sds(
  `(&(nhsIDCode=${odsCode})(objectClass=nhsAs)(nhsMhsPartyKey=${mhs.nhsMhsPartyKey}))`,
  'uniqueIdentifier',
);
const providerAsid = as.uniqueIdentifier;
console.log(`provider ASID: ${providerAsid}`);

// 3. Through the SSP: the provider's endpoint exactly as SDS holds it, after the proxy's address.
const viaSsp = (path) => `${SANDBOX}/ssp/${endpoint}${path}`;
const gpConnect = (interaction, method, path, { body, ifMatch, expect } = {}) =>
  send(method, viaSsp(path), {
    expect,
    body,
    headers: {
      'Ssp-TraceID': randomUUID(),
      'Ssp-From': CONSUMER.asid,
      'Ssp-To': providerAsid,
      'Ssp-InteractionID': interaction.id,
      Authorization: `Bearer ${accessToken(endpoint, interaction.scope)}`,
      Accept: FHIR_JSON,
      ...(body ? { 'Content-Type': `${FHIR_JSON};charset=utf-8` } : {}),
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
    },
  });

step('Find the patient (their logical id at the practice)');
const identifier = encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${NHS_NUMBER}`);
const { json: patients } = await gpConnect(INTERACTIONS.findPatient, 'GET', `/Patient?identifier=${identifier}`);
const patientId = patients.entry?.[0]?.resource?.id;
if (!patientId) throw new Error(`the practice does not hold NHS number ${NHS_NUMBER}`);
console.log(`patient id: ${patientId}`);

step('Search for free slots (tomorrow to 13 days later)');
const day = 24 * 60 * 60 * 1000;
const slotQuery = new URLSearchParams([
  ['start', `ge${ukDate(new Date(Date.now() + day))}`],
  ['end', `le${ukDate(new Date(Date.now() + 14 * day))}`],
  ['status', 'free'],
  ['_include', 'Slot:schedule'],
  ['_include:recurse', 'Schedule:actor:Practitioner'],
  ['_include:recurse', 'Schedule:actor:Location'],
  ['_include:recurse', 'Location:managingOrganization'],
]);
const { json: slots } = await gpConnect(INTERACTIONS.searchSlots, 'GET', `/Slot?${slotQuery}`);
const resources = (slots.entry ?? []).map((entry) => entry.resource);
const slot = resources.find((r) => r.resourceType === 'Slot' && r.status === 'free');
if (!slot) throw new Error('no free slot in the next two weeks');
const schedule = resources.find((r) => r.resourceType === 'Schedule' && `Schedule/${r.id}` === slot.schedule.reference);
const actors = (schedule?.actor ?? []).map((actor) => actor.reference);
console.log(`first free slot: ${slot.id}, ${slot.start} to ${slot.end}`);

step('Book the slot');
const { json: booked } = await gpConnect(INTERACTIONS.book, 'POST', '/Appointment', {
  expect: 201,
  body: {
    resourceType: 'Appointment',
    meta: { profile: [`${STRUCTURE}GPConnect-Appointment-1`] },
    contained: [
      {
        resourceType: 'Organization',
        id: '1',
        meta: { profile: [`${STRUCTURE}CareConnect-GPC-Organization-1`] },
        identifier: [{ system: ODS_SYSTEM, value: CONSUMER.odsCode }],
        name: CONSUMER.name,
        telecom: [{ system: 'phone', value: '0300 000 0000' }],
      },
    ],
    extension: [{ url: `${STRUCTURE}Extension-GPConnect-BookingOrganisation-1`, valueReference: { reference: '#1' } }],
    status: 'booked',
    description: 'Review of a persistent cough',
    start: slot.start,
    end: slot.end,
    slot: [{ reference: `Slot/${slot.id}` }],
    created: ukDateTime(new Date()),
    participant: [
      { actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
      ...actors
        .filter((reference) => /^(Location|Practitioner)\//.test(reference))
        .map((reference) => ({ actor: { reference }, status: 'accepted' })),
    ],
  },
});
console.log(`booked appointment ${booked.id}, version ${booked.meta?.versionId}`);

step('Read the appointment back');
const { json: appointment, etag } = await gpConnect(INTERACTIONS.read, 'GET', `/Appointment/${booked.id}`);
console.log(`status: ${appointment.status}, ETag: ${etag}`);

step('Cancel it');
const { json: cancelled } = await gpConnect(INTERACTIONS.cancel, 'PUT', `/Appointment/${booked.id}`, {
  ifMatch: etag ?? `W/"${appointment.meta.versionId}"`,
  body: {
    ...appointment,
    status: 'cancelled',
    extension: [
      ...(appointment.extension ?? []),
      {
        url: `${STRUCTURE}Extension-GPConnect-AppointmentCancellationReason-1`,
        valueString: 'Patient no longer needs the appointment',
      },
    ],
  },
});
console.log(`status: ${cancelled.status}`);
console.log('\nJourney complete: traced, looked up, booked, read back and cancelled.');
