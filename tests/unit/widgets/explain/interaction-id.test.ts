// The interaction-ID rule both ways: the SSP's answer to an unknown or mis-cased Ssp-InteractionID names the ID as
// the suspect, and the try-it explainer reading that answer with the same request agrees.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { interactions } from '../../../../src/spec/index.ts';
import { explainResponse } from '../../../../src/widgets/explain/index.ts';
import { ORIGIN, gpcRequest } from '../../sandbox/gpc-request.ts';

const { handle } = createSandbox();
const METADATA_ID = interactions.F1.id;

/** The metadata read through the SSP, with the given Ssp-InteractionID. */
function throughSsp(interactionId: string): Request {
  const request = gpcRequest('F1', { headers: { 'Ssp-InteractionID': interactionId } });
  const url = `${ORIGIN}/ssp/https://pcs.thirdparty.nhs.uk${request.url.slice(ORIGIN.length)}`;
  return new Request(url, request);
}

async function sendAndExplain(interactionId: string) {
  const request = throughSsp(interactionId);
  const response = await handle(request.clone());
  const body = await response.json();
  const [explanation] = explainResponse(body, {
    interaction: 'F1',
    url: request.url,
    body: null,
    headers: [...request.headers],
  });
  return { status: response.status, issue: body.issue[0], explanation };
}

describe('an unknown or mis-cased Ssp-InteractionID through the SSP', () => {
  test('keeps the documented 403 ASID_CHECK_FAILED_MESSAGESENDER answer and suggests the right casing', async () => {
    const { status, issue } = await sendAndExplain(METADATA_ID.replace('read:metadata', 'Read:Metadata'));
    expect(status).toBe(403);
    expect(issue.details.coding[0]).toMatchObject({
      code: '403',
      display: 'ASID_CHECK_FAILED_MESSAGESENDER_200000000115',
    });
    expect(issue.diagnostics).toMatchInlineSnapshot(
      `"ASID_CHECK_FAILED_MESSAGESENDER_200000000115: Ssp-InteractionID "urn:nhs:names:services:gpconnect:fhir:rest:Read:Metadata-1" is not a GP Connect interaction ID: the IDs are case-sensitive; did you mean urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1 (Get the FHIR capability statement)?"`,
    );
  });

  test("gives the same suspect as the explainer's likely cause, not the ASID registration", async () => {
    const { issue, explanation } = await sendAndExplain(METADATA_ID.toUpperCase());
    const suspect = String(issue.diagnostics).replace(/^ASID_CHECK_FAILED_MESSAGESENDER_\d+: /, '');
    expect(explanation?.cause.startsWith(suspect)).toBe(true);
    expect(explanation?.cause).toContain(`did you mean ${METADATA_ID}`);
  });

  test('names an ID that matches nothing, in the answer and in the explanation', async () => {
    const { status, issue, explanation } = await sendAndExplain(
      'urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-9',
    );
    expect(status).toBe(403);
    expect(issue.diagnostics).toContain('is not a GP Connect interaction ID, so no sender can be authorised for it.');
    expect(explanation?.cause).toContain('fix the ID before the ASID registration');
  });

  test('leaves a known ID out of both when the sender ASID is what fails', async () => {
    const request = throughSsp(METADATA_ID);
    request.headers.set('Ssp-From', '123');
    const response = await handle(request.clone());
    const body = await response.json();
    expect(body.issue[0].diagnostics).toBe('ASID_CHECK_FAILED_MESSAGESENDER_123');
    const [explanation] = explainResponse(body, {
      interaction: 'F1',
      url: request.url,
      body: null,
      headers: [...request.headers],
    });
    expect(explanation?.cause).toContain('Compare the provider URL and ASIDs');
  });
});

describe('a mis-cased Ssp-InteractionID sent straight to the provider', () => {
  test('is named with its right casing as the cause of the 400 BAD_REQUEST', async () => {
    const request = gpcRequest('F1', { headers: { 'Ssp-InteractionID': METADATA_ID.toUpperCase() } });
    const response = await handle(request.clone());
    expect(response.status).toBe(400);
    const [explanation] = explainResponse(await response.json(), {
      interaction: 'F1',
      url: request.url,
      body: null,
      headers: [...request.headers],
    });
    expect(explanation).toMatchObject({ code: 'BAD_REQUEST' });
    expect(explanation?.cause).toContain(`did you mean ${METADATA_ID} (Get the FHIR capability statement)?`);
  });
});
