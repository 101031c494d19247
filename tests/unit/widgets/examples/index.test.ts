// The examples against the sandbox itself, with no browser: each named example gets the status it promises.
// The e2e contract test (tests/e2e/tryit-contract.spec.ts) sends the same examples from their widgets.
import { beforeAll, describe, expect, test } from 'vitest';
import { createMemoryStore, createSandbox } from '../../../../src/sandbox/index.ts';
import { interactionList } from '../../../../src/spec/interactions.ts';
import { examples, findExample, listExampleNames } from '../../../../src/widgets/examples/index.ts';
import { buildWireRequest, createDraft, type RequestDraft } from '../../../../src/widgets/request/draft.ts';
import { runPrerequisites } from '../../../../src/widgets/request/prerequisites.ts';
import { exchangeWith } from '../../../../src/widgets/transport/index.ts';

const sandbox = createSandbox({ store: createMemoryStore() });

const send = (draft: RequestDraft) =>
  exchangeWith(
    (request) => sandbox.handle(request),
    buildWireRequest(draft, { base: 'http://127.0.0.1:4010', now: new Date() }),
  );

beforeAll(() => sandbox.reset());

describe('the named examples', () => {
  test('every interaction has at least one example', () => {
    for (const interaction of interactionList) expect(listExampleNames(interaction.key).length).toBeGreaterThan(0);
  });

  for (const [interaction, named] of Object.entries(examples)) {
    for (const name of Object.keys(named)) {
      const example = findExample(interaction as never, name)!;
      test(`${interaction} ${name} gets ${example.expect.status}${example.expect.code ? ` ${example.expect.code}` : ''} from the sandbox`, async () => {
        let session = {};
        if (example.needs) {
          const first = createDraft(interaction as never, name, { now: new Date(), session });
          session = (
            await runPrerequisites(example.needs, {
              state: session,
              practice: first.practice,
              patient: first.patient,
              now: () => new Date(),
              send,
            })
          ).state;
        }
        const response = await send(createDraft(interaction as never, name, { now: new Date(), session }));
        expect(response.status, response.body.slice(0, 400)).toBe(example.expect.status);
        if (example.expect.code)
          expect(JSON.parse(response.body).issue[0].details.coding[0].code).toBe(example.expect.code);
      });
    }
  }
});
