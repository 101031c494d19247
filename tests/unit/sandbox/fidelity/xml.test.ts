// FHIR XML through the handler: negotiation by _format, Accept and Content-Type (FHIR STU3 http.html#mime-type), XML
// bodies on every write, errors in the format asked for, and hostile XML refused without a 5xx.
import type { Appointment, Bundle, CapabilityStatement, Patient, Slot } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../../../src/sandbox/index.ts';
import { toXml } from '../../../../src/sandbox/xml/to-xml.ts';
import { FHIR_JSON, FHIR_XML } from '../../../../src/spec/index.ts';
import { gpcRequest, readFhirJson, readOutcome, validClaims } from '../gpc-request.ts';
import { everyArea, nhsNumber, param, parameters } from '../data/records/record-requests.ts';
import { CANCELLATION_REASON, booking, freeSlots } from '../provider/appointments/appointment-fixtures.ts';

const sandbox = createSandbox();
const XML_BODY = { 'Content-Type': 'application/fhir+xml;charset=utf-8', Accept: 'application/fhir+xml' };
const readPatient = (query: string, headers: Record<string, string | null> = {}) =>
  sandbox.handle(gpcRequest('F3', { id: '2', query, headers }));

async function expectXmlPatient(response: Response): Promise<void> {
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe(FHIR_XML);
  const text = await response.clone().text();
  expect(text).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?><Patient xmlns="http:\/\/hl7.org\/fhir"><id value="2"\/>/,
  );
  expect(((await readFhirJson(response)) as Patient).id).toBe('2');
}

describe('XML content negotiation', () => {
  test.each([
    'xml',
    'text/xml',
    'application/xml',
    'application/fhir%2Bxml',
    'application/fhir%2Bxml;fhirVersion=3.0',
    'application/fhir%2Bxml;charset=utf-8',
  ])('answers _format=%s in FHIR XML, over an Accept that asks for JSON', async (format) => {
    await expectXmlPatient(await readPatient(`_format=${format}`, { Accept: FHIR_JSON }));
  });
  test.each([
    'application/fhir+xml',
    'application/xml',
    'text/xml',
    'application/fhir+xml;fhirVersion=3.0;charset=utf-8',
    'application/fhir+json;q=0.5, application/fhir+xml',
  ])('answers Accept: %s in FHIR XML', async (accept) => {
    await expectXmlPatient(await readPatient('', { Accept: accept }));
  });
  test('answers _format=json in JSON although Accept asks for XML', async () => {
    const response = await readPatient('_format=json', { Accept: 'application/fhir+xml' });
    expect(response.headers.get('Content-Type')).toBe(FHIR_JSON);
    expect(((await response.json()) as Patient).id).toBe('2');
  });
  test('answers a request with no Accept in the format of the body it sent', async () => {
    const body = toXml(
      parameters(
        nhsNumber('patient2'),
        param('includeAllergies', { name: 'includeResolvedAllergies', valueBoolean: false }),
      ),
    );
    const response = await sandbox.handle(gpcRequest('S1', { body, headers: { ...XML_BODY, Accept: null } }));
    expect(response.headers.get('Content-Type')).toBe(FHIR_XML);
    expect(((await readFhirJson(response)) as Bundle).type).toBe('collection');
  });
  test('still refuses a format that is neither JSON nor XML with 415, in the XML the Accept header asks for', async () => {
    const response = await readPatient('_format=text/csv', { Accept: 'application/fhir+xml' });
    expect(response.headers.get('Content-Type')).toBe(FHIR_XML);
    expect(await readOutcome(response)).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect((await readOutcome(await readPatient('', { Accept: 'text/html' }))).status).toBe(415);
  });
  test('answers every failing stage in XML when XML is asked for', async () => {
    const noTrace = await readPatient('_format=xml', { 'Ssp-TraceID': null });
    expect(noTrace.headers.get('Content-Type')).toBe(FHIR_XML);
    expect(await readOutcome(noTrace)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    const badJwt = await readPatient('_format=xml', { Authorization: 'Bearer x' });
    expect((await readOutcome(badJwt)).status).toBe(400);
    const unknownPractice = await sandbox.handle(gpcRequest('F3', { id: '2', ods: 'Z99999', query: '_format=xml' }));
    expect(unknownPractice.headers.get('Content-Type')).toBe(FHIR_XML);
    expect(await readOutcome(unknownPractice)).toMatchObject({ status: 404, code: 'NO_RECORD_FOUND' });
    const unknownPatient = await sandbox.handle(gpcRequest('F3', { id: '999', query: '_format=xml' }));
    expect(await readOutcome(unknownPatient)).toMatchObject({ status: 404 });
  });
  test.each(['F1', 'S3', 'D1'] as const)('lists FHIR JSON and FHIR XML in the %s capability statement', async (key) => {
    const statement = (await readFhirJson(
      await sandbox.handle(gpcRequest(key, { headers: { Accept: 'application/fhir+xml' } })),
    )) as CapabilityStatement;
    expect(statement.format).toEqual(['application/fhir+json', 'application/fhir+xml']);
  });
});

async function bookedAppointment(target: Sandbox): Promise<{ appointment: Appointment; etag: string; slots: Slot[] }> {
  const slots = (await freeSlots(target)).slice(0, 1);
  const response = await target.handle(gpcRequest('A3', { body: toXml(booking(slots)), headers: XML_BODY }));
  expect(response.status).toBe(201);
  expect(response.headers.get('Content-Type')).toBe(FHIR_XML);
  return {
    appointment: (await readFhirJson(response)) as Appointment,
    etag: response.headers.get('ETag') ?? '',
    slots,
  };
}

describe('XML request bodies', () => {
  test('books, amends and cancels an appointment with XML bodies', async () => {
    const target = createSandbox();
    const { appointment, etag } = await bookedAppointment(target);
    expect(appointment.status).toBe('booked');
    const amend = await target.handle(
      gpcRequest('A4', {
        id: appointment.id,
        body: toXml({ ...appointment, comment: 'Sent as XML' }),
        headers: { ...XML_BODY, 'Content-Type': 'application/xml', 'If-Match': etag },
      }),
    );
    expect(amend.status).toBe(200);
    const amended = (await readFhirJson(amend)) as Appointment;
    expect(amended.comment).toBe('Sent as XML');
    const cancelled = {
      ...amended,
      status: 'cancelled',
      extension: [...(amended.extension ?? []), { url: CANCELLATION_REASON, valueString: 'No longer needed' }],
    };
    const cancel = await target.handle(
      gpcRequest('A5', {
        id: appointment.id,
        body: toXml(cancelled),
        headers: { ...XML_BODY, Accept: FHIR_JSON, 'If-Match': amend.headers.get('ETag') },
      }),
    );
    expect(cancel.status).toBe(200);
    expect(cancel.headers.get('Content-Type')).toBe(FHIR_JSON);
    expect(((await cancel.json()) as Appointment).status).toBe('cancelled');
  });
  test('registers a patient from an XML Parameters body', async () => {
    const patient = {
      resourceType: 'Parameters',
      parameter: [
        {
          name: 'registerPatient',
          resource: {
            resourceType: 'Patient',
            meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1'] },
            identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9651258500' }],
            name: [{ use: 'official', family: 'REA', given: ['Clive'] }],
            gender: 'male',
            birthDate: '1951-03-10',
          },
        },
      ],
    };
    const response = await createSandbox().handle(gpcRequest('F9', { body: toXml(patient), headers: XML_BODY }));
    expect(response.status).toBe(200);
    const bundle = (await readFhirJson(response)) as Bundle;
    expect((bundle.entry?.[0]?.resource as Patient).identifier?.[0]?.value).toBe('9651258500');
  });
  test('gets a structured record from a hand-written XML Parameters body', async () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>
      <Parameters xmlns="http://hl7.org/fhir">
        <parameter>
          <name value="patientNHSNumber"/>
          <valueIdentifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="9690937286"/></valueIdentifier>
        </parameter>
        <parameter><name value="includeAllergies"/>
          <part><name value="includeResolvedAllergies"/><valueBoolean value="true"/></part>
        </parameter>
      </Parameters>`;
    const response = await sandbox.handle(gpcRequest('S1', { body, headers: XML_BODY }));
    expect(response.status).toBe(200);
    const bundle = (await readFhirJson(response)) as Bundle;
    expect(bundle.entry?.some((e) => e.resource?.resourceType === 'AllergyIntolerance')).toBe(true);
  });
  test('migrates a structured record from an XML body', async () => {
    const body = toXml(
      parameters(
        nhsNumber('patient2'),
        param('includeFullRecord', { name: 'includeSensitiveInformation', valueBoolean: true }),
      ),
    );
    const claims = { ...validClaims('S2'), requested_scope: 'patient/*.read conf/R' };
    const response = await sandbox.handle(gpcRequest('S2', { body, claims, headers: XML_BODY }));
    expect(response.status).toBe(200);
    expect(((await readFhirJson(response)) as Bundle).type).toBe('collection');
  });
});

describe('XML bodies the sandbox refuses', () => {
  const writes = [
    ['A3', {}],
    ['A4', { id: '1' }],
    ['A5', { id: '1' }],
    ['F9', {}],
    ['S1', {}],
    ['S2', {}],
  ] as const;
  test.each(writes)('answers malformed XML to %s with 400 BAD_REQUEST', async (key, options) => {
    for (const body of [
      '<Appointment xmlns="http://hl7.org/fhir"><status value="booked"/>',
      '<a></b>',
      'not xml',
      '<?xml version="1.0"?>',
    ]) {
      const response = await sandbox.handle(gpcRequest(key, { ...options, body, headers: XML_BODY }));
      expect(response.headers.get('Content-Type')).toBe(FHIR_XML);
      expect(await readOutcome(response), body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
  });
  test('answers an unknown XML element with 422 INVALID_RESOURCE, as JSON gets', async () => {
    const slots = (await freeSlots(sandbox)).slice(0, 1);
    const xml = toXml(booking(slots)).replace(
      '<status value="booked"/>',
      '<status value="booked"/><colour value="red"/>',
    );
    const response = await sandbox.handle(gpcRequest('A3', { body: xml, headers: { ...XML_BODY, Accept: FHIR_JSON } }));
    expect(response.headers.get('Content-Type')).toBe(FHIR_JSON);
    const outcome = await readOutcome(response);
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toContain('colour');
  });
  test.each([
    ['an unknown attribute', '<Parameters xmlns="http://hl7.org/fhir" colour="red"/>'],
    ['a resource outside the FHIR namespace', '<Parameters><parameter><name value="x"/></parameter></Parameters>'],
    ['text where FHIR has none', '<Parameters xmlns="http://hl7.org/fhir">hello</Parameters>'],
    [
      'a number that is not one',
      '<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="x"/><valueInteger value="1x"/></parameter></Parameters>',
    ],
    [
      'a repeated single element',
      '<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="x"/><name value="y"/></parameter></Parameters>',
    ],
  ])('answers %s with 422 INVALID_RESOURCE', async (_what, body) => {
    const response = await sandbox.handle(gpcRequest('S1', { body, headers: XML_BODY }));
    expect(await readOutcome(response)).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test.each([
    [
      'an entity-expansion bomb',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Parameters xmlns="http://hl7.org/fhir"><parameter><name value="&lol2;"/></parameter></Parameters>`,
    ],
    [
      'an external entity',
      `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Parameters xmlns="http://hl7.org/fhir"><parameter><name value="&x;"/></parameter></Parameters>`,
    ],
    ['a bare DOCTYPE', '<!DOCTYPE Parameters><Parameters xmlns="http://hl7.org/fhir"/>'],
    [
      'an undeclared entity',
      '<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="&x;"/></parameter></Parameters>',
    ],
    ['a non-UTF-8 encoding', '<?xml version="1.0" encoding="ISO-8859-1"?><Parameters xmlns="http://hl7.org/fhir"/>'],
  ])('refuses %s with 400 BAD_REQUEST', async (_what, body) => {
    const response = await sandbox.handle(gpcRequest('S1', { body, headers: XML_BODY }));
    const outcome = await readOutcome(response);
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).not.toContain('root:');
  });
  test('bounds deep XML nesting as it bounds JSON, with 422 INVALID_RESOURCE', async () => {
    const depth = 20_000;
    const body = `<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="x"/>${'<part><name value="y"/>'.repeat(depth)}${'</part>'.repeat(depth)}</parameter></Parameters>`;
    const outcome = await readOutcome(await sandbox.handle(gpcRequest('S1', { body, headers: XML_BODY })));
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test('keeps a structured record request with every area identical in JSON and XML', async () => {
    const json = parameters(nhsNumber('patient2'), ...everyArea());
    const headers = { 'Ssp-TraceID': '7a1b2c3d-0000-4000-8000-000000000001' };
    const pinned = createSandbox({ now: () => new Date('2026-11-20T10:00:00Z') });
    const fromJson = await readFhirJson(await pinned.handle(gpcRequest('S1', { body: json, headers })));
    const fromXml = await readFhirJson(
      await pinned.handle(gpcRequest('S1', { body: toXml(json), headers: { ...headers, ...XML_BODY } })),
    );
    expect(fromXml).toEqual(fromJson);
  });
});
