// Access Record Structured provider: S1 get structured record, S2 migrate structured record, S3 capability statement.
import { fhirResponse } from '../respond.ts';
import { buildStructuredCapabilityStatement } from './structured/capability-statement.ts';
import { getStructuredRecord } from './structured/get-record.ts';
import { migrateStructuredRecord } from './structured/migrate.ts';
import type { InteractionHandler } from './types.ts';

/** The date the sandbox's capability statements give as their release. */
export const STRUCTURED_RELEASE_DATE = '2025-01-01';

/** Handlers for the Access Record Structured interactions, keyed as in src/spec/interactions.ts. */
export const structuredHandlers: Record<'S1' | 'S2' | 'S3', InteractionHandler> = {
  S1: getStructuredRecord,
  S2: migrateStructuredRecord,
  S3: async (ctx) => {
    ctx.assertEnabled();
    return fhirResponse(buildStructuredCapabilityStatement(STRUCTURED_RELEASE_DATE));
  },
};
