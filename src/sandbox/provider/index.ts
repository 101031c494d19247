// Every interaction's handler, keyed as in src/spec/interactions.ts.
import type { InteractionKey } from '../../spec/index.ts';
import { appointmentHandlers } from './appointments.ts';
import { documentHandlers } from './documents.ts';
import { foundationHandlers } from './foundations.ts';
import { structuredHandlers } from './structured.ts';
import type { InteractionHandler } from './types.ts';

export const providerHandlers: Record<InteractionKey, InteractionHandler> = {
  ...foundationHandlers,
  ...appointmentHandlers,
  ...structuredHandlers,
  ...documentHandlers,
};
