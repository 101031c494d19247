// Access Document provider: D1 capability statement, D2 find patient, D3 search documents, D4 retrieve, D5 migrate.
import type { InteractionHandler } from './types.ts';

const notYet: InteractionHandler = async () => new Response(null, { status: 501 });

/** Handlers for the Access Document interactions, keyed as in src/spec/interactions.ts. */
export const documentHandlers: Record<'D1' | 'D2' | 'D3' | 'D4' | 'D5', InteractionHandler> = {
  D1: notYet,
  D2: notYet,
  D3: notYet,
  D4: notYet,
  D5: notYet,
};
