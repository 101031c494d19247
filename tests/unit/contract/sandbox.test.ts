// The contract run through the sandbox: what a GP Connect provider answers to the same requests.
import { createSandbox } from '../../../src/sandbox/index.ts';
import type { PredictedOutcome } from '../../../src/consumer/predict.ts';
import { appointmentIn } from './appointment-state.ts';
import { runContractCases } from './consumer-rules.case.ts';

const sandbox = createSandbox();

async function answerOf(response: Response): Promise<PredictedOutcome> {
  const body = (await response.json()) as any;
  if (response.status >= 400) {
    return { status: response.status, code: body.issue?.[0]?.details?.coding?.[0]?.code };
  }
  const resources = body.resourceType === 'Bundle' ? (body.entry ?? []).map((entry: any) => entry.resource) : [body];
  const warned = resources.some(
    (resource: any) =>
      resource?.resourceType === 'OperationOutcome' &&
      resource.issue?.some((issue: any) => issue.severity === 'warning'),
  );
  return warned ? 'warning' : 'ok';
}

runContractCases(
  'the sandbox',
  async (request) =>
    answerOf(
      await sandbox.handle(
        new Request(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body !== null ? { body: request.body } : {}),
        }),
      ),
    ),
  (state) => appointmentIn(sandbox, state),
);
