// D2 find a patient on the Access Document base: Regular/GMS active patients only (https://developer.nhs.uk/apis/gpconnect/access_documents_use_case_find_a_patient.html).
import { findHeldPatient } from '../../data/patients.ts';
import { fhirResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { checkNhsNumber, NHS_NUMBER_SYSTEM } from '../../validate/identifiers.ts';
import { searchset } from '../bundle.ts';
import { buildHeader } from '../structured/record-patient.ts';
import type { InteractionContext } from '../types.ts';

/** The NHS number of `identifier`; unlike Foundations, every shape problem here is 422 INVALID_PARAMETER (https://developer.nhs.uk/apis/gpconnect/access_documents_use_case_find_a_patient.html). */
function readNhsIdentifier(url: URL): string {
  const values = url.searchParams.getAll('identifier');
  if (values.length !== 1) {
    throw new SpineError(
      'INVALID_PARAMETER',
      values.length === 0
        ? `The identifier parameter is required: identifier=${NHS_NUMBER_SYSTEM}|{NHS number}.`
        : `Send the identifier parameter once; it was sent ${values.length} times.`,
    );
  }
  const [system, value = ''] = (values[0] as string).split('|');
  if (system !== NHS_NUMBER_SYSTEM) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `The identifier system ${JSON.stringify((system ?? '').slice(0, 80))} is not supported; use ${NHS_NUMBER_SYSTEM}.`,
    );
  }
  checkNhsNumber(value);
  return value;
}

export async function findDocumentsPatient(ctx: InteractionContext): Promise<Response> {
  const nhsNumber = readNhsIdentifier(ctx.url);
  ctx.assertEnabled();
  const held = findHeldPatient(ctx.practice.odsCode, { nhsNumber });
  // Decision: deceased sandbox patients all died long before the 28-day access period, so they are an error here,
  // as the spec says for a death outside the period; sensitive and inactive patients are simply not returned.
  if (held?.patient.flags.deceased) {
    throw new SpineError(
      'PATIENT_NOT_FOUND',
      `The patient with NHS number ${nhsNumber} died on ${held.patient.deathDate}, outside the 28-day access period for documents.`,
    );
  }
  const found = held && !held.patient.flags.sensitive && !held.patient.flags.inactive;
  return fhirResponse(searchset(found ? buildHeader(held).filter((r) => r.resourceType === 'Patient') : []));
}
