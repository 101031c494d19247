// D4 retrieve a document (5 MB limit) and D5 migrate a document (no limit; confidential files need conf/R) (https://developer.nhs.uk/apis/gpconnect/access_documents_development_retrieve_patient_documents.html, https://developer.nhs.uk/apis/gpconnect/access_documents_development_migrate_patient_documents.html).
import type { Binary } from 'fhir/r3';
import { listHeldPatients } from '../../data/patients.ts';
import { findBinary, type BinarySource } from '../../data/records/index.ts';
import { fhirResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { findRecordPatient, toSubject } from '../structured/record-patient.ts';
import type { InteractionContext } from '../types.ts';

/** Largest file retrieve a document returns (https://developer.nhs.uk/apis/gpconnect/access_documents_development_retrieve_patient_documents.html). */
export const DOCUMENT_SIZE_LIMIT = 5 * 1024 * 1024;

/** Files never change, so every Binary has this versionId. */
const BINARY_VERSION_ID = '1';

function locate(ctx: InteractionContext): { binary: BinarySource; confidential: boolean; nhsNumber: string } {
  const id = ctx.params.id ?? '';
  const candidates = listHeldPatients(ctx.practice.odsCode).map((held) => ({
    nhsNumber: held.patient.nhsNumber,
    subject: toSubject(ctx, held),
  }));
  const found = findBinary(candidates, id, ctx.now);
  if (!found)
    throw new SpineError(
      'NO_RECORD_FOUND',
      `No document file with id ${JSON.stringify(id.slice(0, 60))} is held at ${ctx.practice.odsCode}; take the id from DocumentReference.content.attachment.url.`,
    );
  return {
    binary: found.binary,
    nhsNumber: found.nhsNumber,
    confidential: found.record.confidential.has(found.binary.documentReference),
  };
}

const respond = (binary: BinarySource): Response => {
  const resource: Binary = {
    resourceType: 'Binary',
    id: binary.id,
    meta: { versionId: BINARY_VERSION_ID, profile: ['http://hl7.org/fhir/StructureDefinition/Binary'] },
    contentType: binary.contentType,
    content: binary.base64(),
  };
  return fhirResponse(resource, { etag: BINARY_VERSION_ID });
};

export async function retrieveDocument(ctx: InteractionContext): Promise<Response> {
  ctx.assertEnabled();
  const { binary, confidential, nhsNumber } = locate(ctx);
  findRecordPatient(ctx, nhsNumber);
  // Confidential files are released only through migrate document with conf/R.
  if (confidential)
    throw new SpineError('NO_RECORD_FOUND', `Document file ${binary.id} is not available for direct care.`);
  if (binary.size > DOCUMENT_SIZE_LIMIT) {
    throw new SpineError(
      'NO_RECORD_FOUND',
      `Document file ${binary.id} is ${binary.size} bytes, over the ${DOCUMENT_SIZE_LIMIT}-byte (5 MB) limit of retrieve a document; the DocumentReference's attachment title says why.`,
    );
  }
  return respond(binary);
}

export async function migrateDocument(ctx: InteractionContext): Promise<Response> {
  const { binary, confidential, nhsNumber } = locate(ctx);
  const { held } = findRecordPatient(ctx, nhsNumber);
  // Decision: the spec's NOT_AUTHORISED is not a Spine code; the sandbox answers NO_RELATIONSHIP, as migrate structured record does.
  if (ctx.claims.requestingOds === held.practice.odsCode) {
    throw new SpineError(
      'NO_RELATIONSHIP',
      `The requesting organisation ${ctx.claims.requestingOds} is the practice that holds the record; documents migrate to the patient's new PDS-registered practice.`,
    );
  }
  if (confidential && ctx.claims.confidentiality !== 'conf/R') {
    throw new SpineError(
      'NO_RELATIONSHIP',
      `Document file ${binary.id} is confidential; migrate it with requested_scope "patient/*.read conf/R".`,
    );
  }
  return respond(binary);
}
