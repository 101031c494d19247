// The contract run through the consumer core: what the widgets predict before a request is sent.
import { findProblems, predictOutcome } from '../../../src/consumer/predict.ts';
import { practices } from '../../../src/spec/index.ts';
import { ukDate } from '../../../src/sandbox/uk-time.ts';
import { NOW, runContractCases } from './consumer-rules.case.ts';

runContractCases('the consumer core', async (request, contractCase) =>
  predictOutcome(
    findProblems(request, {
      interaction: contractCase.interaction,
      providerAsid: practices.B82617.asid,
      now: NOW,
      today: ukDate(NOW),
    }),
  ),
);
