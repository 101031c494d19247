// D2 find a patient on the Access Document base: Regular/GMS active patients only (facts §10.2).
import { findHeldPatient } from '../../data/patients.ts';
import { fhirResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { checkNhsNumber, checkSystem, NHS_NUMBER_SYSTEM, readIdentifierParameter } from '../../validate/identifiers.ts';
import { searchset } from '../bundle.ts';
import { buildHeader } from '../structured/record-patient.ts';
import type { InteractionContext } from '../types.ts';

export async function findDocumentsPatient(ctx: InteractionContext): Promise<Response> {
  const token = readIdentifierParameter(ctx.url);
  checkSystem(token, [NHS_NUMBER_SYSTEM]);
  checkNhsNumber(token.value);
  ctx.assertEnabled();
  const held = findHeldPatient(ctx.practice.odsCode, { nhsNumber: token.value });
  // Decision: deceased sandbox patients all died long before the 28-day access period, so they are an error here,
  // as the spec says for a death outside the period; sensitive and inactive patients are simply not returned.
  if (held?.patient.flags.deceased) {
    throw new SpineError('PATIENT_NOT_FOUND', `The patient with NHS number ${token.value} died on ${held.patient.deathDate}, outside the 28-day access period for documents.`);
  }
  const found = held && !held.patient.flags.sensitive && !held.patient.flags.inactive;
  const patient = found ? buildHeader(held).filter((r) => r.resourceType === 'Patient') : [];
  return fhirResponse(searchset(patient));
}
