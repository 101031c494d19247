// Access Record Structured provider: S1 get structured record, S2 migrate structured record, S3 capability statement.
import type { InteractionHandler } from './types.ts';

const notYet: InteractionHandler = async () => new Response(null, { status: 501 });

/** Handlers for the Access Record Structured interactions, keyed as in src/spec/interactions.ts. */
export const structuredHandlers: Record<'S1' | 'S2' | 'S3', InteractionHandler> = {
  S1: notYet,
  S2: notYet,
  S3: notYet,
};
