import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { ORIGIN, gpcRequest } from '../gpc-request.ts';

const { handle } = createSandbox();
const F2_QUERY = 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286';

/** The same request sent through the SSP with the given provider service root. */
function throughSsp(root: string, request = gpcRequest('F2', { query: F2_QUERY })): Request {
  const providerPath = request.url.slice(ORIGIN.length).replace('/B82617/STU3/1/gpconnect', '');
  return new Request(`${ORIGIN}/ssp/${root}${providerPath}`, request);
}
const sspOutcome = async (response: Response) => {
  const body = await response.json();
  return {
    status: response.status,
    system: body.issue[0].details.coding[0].system,
    code: body.issue[0].details.coding[0].code,
    diagnostics: body.issue[0].diagnostics as string,
  };
};

describe('SSP', () => {
  test('forwards a request whose target matches SDS exactly', async () => {
    const response = await handle(throughSsp('https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect'));
    expect(response.status).toBe(200);
    expect((await response.json()).resourceType).toBe('Bundle');
  });
  test('forwards a POST body to the structured provider', async () => {
    const request = gpcRequest('S3');
    const forwarded = new Request(
      `${ORIGIN}/ssp/https://pcs.thirdparty.nhs.uk${request.url.slice(ORIGIN.length)}`,
      request,
    );
    expect((await handle(forwarded)).status).not.toBe(400);
  });
  test.each([
    ['an explicit :443', 'https://pcs.thirdparty.nhs.uk:443/B82617/STU3/1/gpconnect'],
    ['an IP address', 'https://10.0.0.1/B82617/STU3/1/gpconnect'],
    ['http instead of https', 'http://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect'],
    ['another host', 'https://provider.example.org/B82617/STU3/1/gpconnect'],
  ])('rejects a target with %s in the SSP error shape', async (_case, root) => {
    const outcome = await sspOutcome(await handle(throughSsp(root)));
    expect(outcome).toMatchObject({
      status: 400,
      system: 'http://fhir.nhs.net/ValueSet/gpconnect-schedule-response-code-1-0',
      code: '400',
    });
    expect(outcome.diagnostics).toMatch(
      /^ENDPOINT_https:\/\/pcs\.thirdparty\.nhs\.uk\/B82617\/STU3\/1\/gpconnect_CPAID_\w+_VARIES_FROM_TARGETURL_/,
    );
  });
  test('pins the mismatch wording', async () => {
    const outcome = await sspOutcome(
      await handle(throughSsp('https://pcs.thirdparty.nhs.uk:443/B82617/STU3/1/gpconnect')),
    );
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"ENDPOINT_https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect_CPAID_9189991987380_VARIES_FROM_TARGETURL_https://pcs.thirdparty.nhs.uk:443/B82617/STU3/1/gpconnect"`,
    );
  });
  test('rejects a sender ASID SDS does not know with 403', async () => {
    const request = throughSsp(
      'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      gpcRequest('F2', { query: F2_QUERY, headers: { 'Ssp-From': '123' } }),
    );
    expect(await sspOutcome(await handle(request))).toMatchObject({
      status: 403,
      diagnostics: 'ASID_CHECK_FAILED_MESSAGESENDER_123',
    });
  });
  test('rejects a receiver ASID not registered for the interaction with 403', async () => {
    const request = throughSsp(
      'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      gpcRequest('F2', { query: F2_QUERY, headers: { 'Ssp-To': '555' } }),
    );
    expect(await sspOutcome(await handle(request))).toMatchObject({
      status: 403,
      diagnostics: 'PARTYKEY_INTERACTION_CHECK_FAILED_MESSAGERECEIVER_555',
    });
  });
  test('rejects a practice SDS does not know with 403', async () => {
    expect(
      (await sspOutcome(await handle(throughSsp('https://pcs.thirdparty.nhs.uk/INVOC1/STU3/1/gpconnect')))).status,
    ).toBe(403);
  });
  test('rejects DELETE with 405', async () => {
    const request = throughSsp(
      'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      gpcRequest('F2', { query: F2_QUERY, method: 'DELETE' }),
    );
    expect((await sspOutcome(await handle(request))).status).toBe(405);
  });
  test('rejects a non-FHIR Content-Type with 415', async () => {
    const request = throughSsp(
      'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      gpcRequest('F9', { body: '{}', headers: { 'Content-Type': 'text/plain' } }),
    );
    expect((await sspOutcome(await handle(request))).status).toBe(415);
  });
  test('leaves the provider to reject a wrong Ssp-To that SDS does know', async () => {
    const request = throughSsp(
      'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      gpcRequest('F2', { query: F2_QUERY, headers: { 'Ssp-To': '918999198740' } }),
    );
    const outcome = await sspOutcome(await handle(request));
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
