// Access Document provider: D1 capability statement, D2 find patient, D3 search documents, D4 retrieve, D5 migrate.
import { fhirResponse } from '../respond.ts';
import { migrateDocument, retrieveDocument } from './documents/binary.ts';
import { buildDocumentsCapabilityStatement } from './documents/capability-statement.ts';
import { findDocumentsPatient } from './documents/find-patient.ts';
import { searchDocuments } from './documents/search.ts';
import { STRUCTURED_RELEASE_DATE } from './structured.ts';
import type { InteractionHandler } from './types.ts';

/** Handlers for the Access Document interactions, keyed as in src/spec/interactions.ts. */
export const documentHandlers: Record<'D1' | 'D2' | 'D3' | 'D4' | 'D5', InteractionHandler> = {
  D1: async (ctx) => {
    ctx.assertEnabled();
    return fhirResponse(buildDocumentsCapabilityStatement(STRUCTURED_RELEASE_DATE));
  },
  D2: findDocumentsPatient,
  D3: searchDocuments,
  D4: retrieveDocument,
  D5: migrateDocument,
};
