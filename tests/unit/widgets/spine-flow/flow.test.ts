import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { practices } from '../../../../src/spec/practices.ts';
import type { WireRequest } from '../../../../src/consumer/wire.ts';
import {
  buildStepRequest,
  createDefaultValues,
  readStepResponse,
  WORKED_EXAMPLE_NHS_NUMBER,
  type StepResult,
} from '../../../../src/widgets/spine-flow/flow.ts';
import { formatUkRange } from '../../../../src/widgets/spine-flow/provider-requests.ts';
import { previewSspUrl, type FlowValues } from '../../../../src/widgets/spine-flow/values.ts';
import { flowSteps, type StepId } from '../../../../src/widgets/spine-flow/steps.ts';
import { exchangeWith } from '../../../../src/widgets/transport/index.ts';

const BASE = 'http://127.0.0.1:4010';

const send = (sandbox: ReturnType<typeof createSandbox>, request: WireRequest) =>
  exchangeWith((fetchRequest) => sandbox.handle(fetchRequest), request);

/** Runs the steps in order until one fails; the ssp-url step only confirms the URL. */
async function runFlow(values: FlowValues, until: StepId = 'book') {
  const sandbox = createSandbox();
  const results: Partial<Record<StepId, StepResult & { status?: number }>> = {};
  for (const { id } of flowSteps) {
    if (id !== 'ssp-url') {
      const request = buildStepRequest(id, values, new Date(), crypto.randomUUID())!;
      const response = await send(sandbox, request);
      const read = readStepResponse(id, values, request, response, new Date());
      values = read.values;
      results[id] = { ...read.result, status: response.status };
      if (read.result.state === 'failed') break;
    }
    if (id === until) break;
  }
  return { values, results };
}

describe('the Spine flow against the sandbox', () => {
  test('walks from an NHS number to a booked appointment: PDS, SDS, SSP URL, metadata, slots, patient, booking', async () => {
    const { values, results } = await runFlow(createDefaultValues(BASE));
    expect(values.odsCode).toBe('B82617');
    expect(values.endpoint).toBe('https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect');
    expect(values.partyKey).toBe(practices.B82617.partyKey);
    expect(values.asid).toBe(practices.B82617.asid);
    expect(values.patientId).toBe('2');
    expect(results.book).toMatchObject({ state: 'done', status: 201 });
    expect(results.book?.summary).toMatch(/^Appointment booked: Appointment\//);
  });

  test('follows the worked example: 9000000084 traces to T99999, whose AS record gives ASID 999999999999', async () => {
    const { values, results } = await runFlow(createDefaultValues(BASE, WORKED_EXAMPLE_NHS_NUMBER), 'sds-as');
    expect(results['pds-trace']?.summary).toBe('Mr Anthony Tester is registered at the practice with ODS code T99999.');
    expect(values.partyKey).toBe('T99999-9999999');
    expect(values.asid).toBe('999999999999');
  });

  test('takes the worked example through the SSP too, and stops at its empty diary with the way forward', async () => {
    const { results } = await runFlow(createDefaultValues(BASE, WORKED_EXAMPLE_NHS_NUMBER));
    expect(results.metadata).toMatchObject({ state: 'done', status: 200 });
    expect(results['free-slots']).toMatchObject({ state: 'failed', status: 200 });
    expect(results['free-slots']?.summary).toMatch(
      /^The practice T99999 has no free slot in this date range\. A consumer searches again/,
    );
    expect(results.book).toBeUndefined();
  });

  test('sends the request through the SSP with the SDS endpoint and puts the SDS ASID in Ssp-To', () => {
    const values: FlowValues = {
      ...createDefaultValues(BASE),
      odsCode: 'B82617',
      endpoint: 'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      providerRoot: 'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect',
      partyKey: 'B82617-0000001',
      asid: '918999198738',
    };
    const request = buildStepRequest('metadata', values, new Date())!;
    expect(request.url).toBe(`${BASE}/ssp/https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect/metadata`);
    expect(request.headers).toContainEqual(['Ssp-To', '918999198738']);
    expect(request.headers.find(([name]) => name === 'Authorization')?.[1]).toMatch(/^Bearer [\w-]+\.[\w-]+\.$/);
  });

  test.each([
    ['ip-address', 'the host is the IP address 192.0.2.10'],
    ['explicit-port', 'an explicit :443 port was added'],
  ] as const)(
    'shows the SSP rejecting a provider URL with the %s mistake as 400 in the SSP error shape',
    async (mistake, reason) => {
      const start = createDefaultValues(BASE);
      const { values } = await runFlow(start, 'sds-as');
      const mistaken = { ...values, mistake };
      expect(previewSspUrl(mistaken, '/metadata')).not.toContain('https://pcs.thirdparty.nhs.uk/B82617');
      const request = buildStepRequest('metadata', mistaken, new Date(), crypto.randomUUID())!;
      const response = await send(createSandbox(), request);
      expect(response.status).toBe(400);
      const coding = JSON.parse(response.body).issue[0].details.coding[0];
      expect(coding.code).toBe('400');
      expect(coding.display).toMatch(
        /^ENDPOINT_https:\/\/pcs\.thirdparty\.nhs\.uk\/B82617\/STU3\/1\/gpconnect_CPAID_.+_VARIES_FROM_TARGETURL_/,
      );
      const { result } = readStepResponse('metadata', mistaken, request, response, new Date());
      expect(result.state).toBe('failed');
      expect(result.summary).toBe(
        'The Spine Secure Proxy refused the request with 400; it never reached the provider.',
      );
      expect(result.details[0]).toContain(`The SSP refused to forward the request because ${reason}`);
      expect(result.details[1]).toMatch(/compares the (text of the )?URL/);
    },
  );

  test('tells a provider refusal apart from an SSP one, and explains its Spine code', async () => {
    const { values } = await runFlow(createDefaultValues(BASE), 'sds-as');
    const broken = { ...values, nhsNumber: '9690937287' }; // wrong check digit
    const request = buildStepRequest('find-patient', broken, new Date(), crypto.randomUUID())!;
    const response = await send(createSandbox(), request);
    const { result } = readStepResponse('find-patient', broken, request, response, new Date());
    expect(result.summary).toBe('The provider refused the request with 400.');
    expect(result.details[0]).toMatch(/^INVALID_NHS_NUMBER/);
  });

  test('stops at the PDS trace of a sensitive patient, whose record shows no practice', async () => {
    const { results } = await runFlow(createDefaultValues(BASE, '9690938533'));
    expect(results['pds-trace']?.state).toBe('failed');
    expect(results['pds-trace']?.summary).toMatch(/restricted \(sensitive\) record/);
    expect(results['sds-mhs']).toBeUndefined();
  });

  test('explains a PDS refusal of a bad check digit with INVALID_NHS_NUMBER', async () => {
    const { results } = await runFlow(createDefaultValues(BASE, '9690937287'));
    expect(results['pds-trace']).toMatchObject({
      state: 'failed',
      status: 400,
      summary: 'PDS refused the trace with 400.',
    });
    expect(results['pds-trace']?.details[0]).toMatch(/^INVALID_NHS_NUMBER/);
  });
});

describe('formatUkRange', () => {
  test('writes a same-day slot with the day once, in UK time whatever the offset', () => {
    expect(formatUkRange('2025-11-24T09:00:00+00:00', '2025-11-24T09:10:00+00:00')).toBe('Mon 24 Nov, 09:00 to 09:10');
    expect(formatUkRange('2025-07-01T09:00:00+01:00', '2025-07-01T09:15:00+01:00')).toBe('Tue 1 Jul, 09:00 to 09:15');
  });

  test('writes both days when a range crosses midnight', () => {
    expect(formatUkRange('2025-11-24T23:50:00+00:00', '2025-11-25T00:10:00+00:00')).toBe(
      'Mon 24 Nov, 23:50 to Tue 25 Nov, 00:10',
    );
  });
});
