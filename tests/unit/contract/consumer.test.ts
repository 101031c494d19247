// The contract run through the consumer core: what the widgets predict before a request is sent.
import { findProblems, predictOutcome } from '../../../src/consumer/predict.ts';
import { practices } from '../../../src/spec/index.ts';
import { ukDate } from '../../../src/spec/uk-time.ts';
import { createSandbox } from '../../../src/sandbox/index.ts';
import { appointmentIn } from './appointment-state.ts';
import { NOW, runContractCases } from './consumer-rules.case.ts';

// The consumer only needs an appointment as a provider returned it; a scratch sandbox books it.
const scratch = createSandbox();

runContractCases(
  'the consumer core',
  async (request, contractCase, stored) =>
    predictOutcome(
      findProblems(request, {
        interaction: contractCase.interaction,
        providerAsid: practices.B82617.asid,
        now: NOW,
        today: ukDate(NOW),
        ...(stored ? { stored } : {}),
      }),
    ),
  (state) => appointmentIn(scratch, state),
);
