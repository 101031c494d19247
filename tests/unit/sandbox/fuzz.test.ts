// Property test: thousands of malformed requests, JSON and XML, never produce a 5xx, a throw or a body that is not a
// coded OperationOutcome (in the format asked for).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createSandbox } from '../../../src/sandbox/index.ts';
import { SPINE_ERROR_SYSTEM, SSP_ERROR_SYSTEM, interactionList, spineErrors } from '../../../src/spec/index.ts';
import { ORIGIN, encodeJwt, gpcRequest, readFhirJson, validClaims } from './gpc-request.ts';

const sandbox = createSandbox();
const keys = interactionList.map((i) => i.key);
const bodyKeys = interactionList.filter((i) => i.method !== 'GET').map((i) => i.key);

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u0000', '%', '%zz', '../..', '😀', 'null'),
);
const jsonish = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  junk,
);
// Random element trees under a FHIR root: known and unknown names, value/url/id attributes, text and nesting.
const xmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc
      .tuple(
        fc.constantFrom(
          'parameter',
          'name',
          'part',
          'valueBoolean',
          'valueIdentifier',
          'system',
          'value',
          'resource',
          'extension',
          'x',
        ),
        fc.constantFrom(
          '',
          ' value="1"',
          ' value="true"',
          ' value=""',
          ' url="u"',
          ' id="a"',
          ' value="&amp;&#0;"',
          ' colour="red"',
        ),
      )
      .map(([name, attribute]) => `<${name}${attribute}/>`),
    fc
      .tuple(
        fc.constantFrom(
          'parameter',
          'part',
          'resource',
          'valueIdentifier',
          'extension',
          'meta',
          'Patient',
          'Appointment',
        ),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.constantFrom('', 'text', ' ', '<![CDATA[x]]>'),
      )
      .map(([name, children, text]) => `<${name}>${text}${children.join('')}</${name}>`),
  ),
})).node;
const fhirXmlTree = fc
  .tuple(
    fc.constantFrom('Parameters', 'Appointment', 'Patient', 'Bundle', 'Nothing'),
    fc.array(xmlNode, { maxLength: 5 }),
  )
  .map(([root, children]) => `<${root} xmlns="http://hl7.org/fhir">${children.join('')}</${root}>`);
// Bodies that no interaction can accept: not JSON, JSON of the wrong shape, empty, or large.
const badBody = fc.oneof(
  { weight: 6, arbitrary: jsonish },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '[]',
      '{"resourceType":"Parameters"}',
      '{"resourceType":"Appointment"}',
      '{"resourceType":7}',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 10_000, max: 200_000 })
      .map((n) => `{"resourceType":"Parameters","parameter":"${'x'.repeat(n)}"}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        resourceType: fc.constantFrom('Parameters', 'Appointment'),
        parameter: fc.anything(),
        meta: fc.anything(),
      })
      .map((v) => JSON.stringify(v)),
  },
  {
    // Deep nesting: parts, objects and arrays far past any resource's depth, up to a 215 KB body.
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 60, max: 20_000 }), fc.constantFrom('part', 'object', 'array'))
      .map(([depth, shape]) => {
        const [open, close] =
          shape === 'part' ? ['{"name":"x","part":[', ']}'] : shape === 'object' ? ['{"a":', '}'] : ['[', ']'];
        return `{"resourceType":"Parameters","parameter":[${open.repeat(depth)}1${close.repeat(depth)}]}`;
      }),
  },
  {
    // FHIR XML, well-formed or not: random FHIR-shaped trees, truncations, bombs and deep nesting.
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom(
        '<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="patientNHSNumber"/></parameter></Parameters>',
        '<Appointment xmlns="http://hl7.org/fhir"><status value="booked"/>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x>&a;&a;&a;</x>',
        '<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="x"/><resource/></parameter></Parameters>',
        '<Parameters xmlns="http://hl7.org/fhir"><text><div>no namespace</div></text></Parameters>',
        '<Appointment xmlns="http://hl7.org/fhir"><extension><valueString value="no url"/></extension></Appointment>',
      ),
      fhirXmlTree,
      fhirXmlTree.map((xml) => xml.slice(0, Math.floor(xml.length / 2))),
      fc.integer({ min: 1, max: 5000 }).map((n) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`),
      fc
        .integer({ min: 60, max: 20_000 })
        .map(
          (n) =>
            `<Parameters xmlns="http://hl7.org/fhir"><parameter>${'<part><name value="x"/>'.repeat(n)}${'</part>'.repeat(n)}</parameter></Parameters>`,
        ),
    ),
  },
);
const brokenJwt = fc.oneof(
  junk.map((s) => `Bearer ${s}`),
  fc.tuple(fc.jsonValue(), fc.jsonValue()).map(([h, p]) => `Bearer ${encodeJwt(p, h)}`),
  fc
    .dictionary(
      fc.constantFrom('iss', 'sub', 'aud', 'exp', 'iat', 'requested_scope', 'reason_for_request'),
      fc.anything(),
    )
    .map((claims) => `Bearer ${encodeJwt({ ...validClaims('F2'), ...claims, exp: 1 })}`),
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'bearer x.y.',
    'Bearer a.b.c',
    'Bearer ..',
    'Basic dXNlcjpwYXNz',
    `Bearer ${encodeJwt(validClaims('F2')).replace(/-/g, '+')}x==.`,
  ),
);
// Ssp-From is free text to a provider (only its presence is checked), so it only ever goes blank here.
const oddHeader = fc.oneof(
  fc.record({
    name: fc.constantFrom('Ssp-TraceID', 'Ssp-To', 'Ssp-InteractionID'),
    value: fc.oneof(
      fc.string({ maxLength: 300 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      fc.constantFrom('', '   ', 'urn:nhs:names:services:gpconnect:fhir:rest:read:metadata'),
    ),
  }),
  fc.record({ name: fc.constant('Ssp-From'), value: fc.constantFrom('', ' ', '\t') }),
);
const pathTrick = fc.oneof(
  fc.constantFrom(
    '/../metadata',
    '//metadata',
    '/Patient/',
    '/Patient/%00',
    '/Patient/a%20b',
    `/Patient/${'9'.repeat(65)}`,
    '/patient/1',
    '/Patient/1/',
    '/Patient/$gpc.getStructuredRecord',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/Appointment/1/_history/1',
    '/metadata/',
    '/Slot/../../..',
    '/Binary/%E0%A4%A',
  ),
  fc.string().map((s) => `/${encodeURIComponent(s)}`),
);
const rawPath = fc.oneof(
  fc.constantFrom(
    '/',
    '/ssp/',
    '/ssp/https://',
    '/ssp/https://pcs.thirdparty.nhs.uk',
    '/spine/pds/Patient/',
    '/spine/pds/Patient/%zz',
    '/spine/sds/search',
    '/spine/sds/search?filter=(',
    '/spine/sds/search?filter=(%26(a%3Db)',
    '/_sandbox/reset/',
    '/B82617/STU3/1/',
    '/B82617/STU3/2/gpconnect/metadata',
    '/b82617/stu3/1/gpconnect/metadata',
    '/ssp/https://pcs.thirdparty.nhs.uk:443/B82617/STU3/1/gpconnect/metadata',
    '/ssp/http://[::1]/B82617/STU3/1/gpconnect/metadata',
  ),
  fc.webPath(),
);

type Case = { kind: string; build: () => Request };
// Counterexamples print the request itself rather than the closure that builds it.
const describeCase = (c: Case): Case =>
  Object.assign(c, {
    [fc.toStringMethod]: () => {
      try {
        const request = c.build();
        return `${c.kind}: ${request.method} ${request.url} ${JSON.stringify(Object.fromEntries(request.headers))}`;
      } catch (error) {
        return `${c.kind}: unbuildable (${String(error)})`;
      }
    },
  });
const cases: fc.Arbitrary<Case> = fc
  .oneof(
    fc.tuple(fc.constantFrom(...keys), brokenJwt).map(([key, auth]) => ({
      kind: 'jwt',
      build: () =>
        gpcRequest(key, {
          id: '2',
          headers: { Authorization: auth },
          ...(bodyKeys.includes(key) ? { body: '{}' } : {}),
        }),
    })),
    fc
      .tuple(fc.constantFrom(...bodyKeys), badBody, fc.constantFrom('json', 'xml body', 'xml both'))
      .map(([key, body, formats]) => ({
        kind: 'body',
        build: () =>
          gpcRequest(key, {
            id: '1',
            body,
            headers: {
              ...(formats !== 'json' ? { 'Content-Type': 'application/fhir+xml;charset=utf-8' } : {}),
              ...(formats === 'xml both' ? { Accept: 'application/fhir+xml' } : {}),
            },
          }),
      })),
    fc.tuple(fc.constantFrom(...keys), oddHeader).map(([key, header]) => ({
      kind: 'header',
      build: () => gpcRequest(key, { id: '2', headers: { [header.name]: header.value } }),
    })),
    fc
      .tuple(fc.constantFrom(...keys), pathTrick)
      .map(([key, path]) => ({ kind: 'path', build: () => gpcRequest(key, { path }) })),
    fc
      .tuple(
        fc.constantFrom('F2', 'F4', 'F6', 'A1', 'A6', 'D2', 'D3') as fc.Arbitrary<'F2'>,
        fc.string({ maxLength: 200 }),
      )
      .map(
        ([key, query]) =>
          ({ kind: 'query', build: () => gpcRequest(key, { id: '2', query: query.replace(/#/g, '') }) }) as Case,
      ),
    fc
      .tuple(rawPath, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'), fc.option(junk))
      .map(([path, method, body]) => ({
        kind: 'raw',
        build: () =>
          new Request(`${ORIGIN}${path}`, {
            method,
            ...(body !== null && !['GET', 'HEAD'].includes(method) ? { body } : {}),
          }),
      })),
  )
  .map(describeCase);

/** What every malformed request must get back. */
async function expectCodedOutcome(request: Request): Promise<void> {
  const response = await sandbox.handle(request);
  expect(response.status).toBeLessThan(500);
  expect(response.status).toBeGreaterThanOrEqual(400);
  if (request.method === 'HEAD') return;
  const body = (await readFhirJson(response)) as { resourceType: string; issue: any[] };
  expect(body.resourceType).toBe('OperationOutcome');
  const coding = body.issue[0].details.coding[0];
  if (coding.system === SSP_ERROR_SYSTEM) expect(coding.code).toMatch(/^\d{3}$/);
  else {
    expect(coding.system).toBe(SPINE_ERROR_SYSTEM);
    expect(Object.keys(spineErrors)).toContain(coding.code);
  }
}

describe('malformed requests', () => {
  test('never get a 5xx, a throw or anything but a coded OperationOutcome (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        let request: Request;
        try {
          request = c.build();
        } catch {
          return; // the generated input cannot even form a Request (an invalid URL or header): nothing reaches the sandbox
        }
        await expectCodedOutcome(request);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
  test('answer a 5 MB body with a coded OperationOutcome', async () => {
    await expectCodedOutcome(gpcRequest('S1', { body: `{"a":"${'x'.repeat(5 * 1024 * 1024)}"}` }));
  });
});
