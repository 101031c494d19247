// Finds the Patient a practice may return: a seeded test patient, or one registered through the API (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html, https://developer.nhs.uk/apis/gpconnect/foundations_use_case_read_a_patient.html).
import type { Patient } from 'fhir/r3';
import { buildPatient, findHeldPatient, isReturnable, type HeldPatient } from '../../data/patients.ts';
import { neverChanging } from '../bundle-json.ts';
import type { InteractionContext } from '../types.ts';

export interface FoundPatient {
  resource: Patient;
  versionId: string;
}

/**
 * The patient at the practice, or undefined when it may not be returned (unknown, sensitive, deceased, inactive).
 * A registration made through the API wins over a seeded record, so a reactivated inactive patient is found.
 */
export async function findReturnablePatient(
  ctx: InteractionContext,
  match: { nhsNumber?: string; logicalId?: string },
): Promise<FoundPatient | undefined> {
  const registration = await ctx.store.findRegistration(ctx.practice.odsCode, match);
  if (registration) return { resource: registration.resource, versionId: registration.versionId };
  const held = findHeldPatient(ctx.practice.odsCode, match);
  if (!held || !isReturnable(held.patient)) return undefined;
  const resource = seededPatient(held);
  return { resource, versionId: resource.meta?.versionId as string };
}

// Each seeded patient's resource, built once (one per test patient): the answers only read it, so its JSON is
// written once too.
const seededPatients = new Map<string, Patient>();

function seededPatient(held: HeldPatient): Patient {
  const key = `${held.practice.odsCode}/${held.logicalId}`;
  let resource = seededPatients.get(key);
  if (!resource) {
    resource = neverChanging(buildPatient(held.patient, held.practice, held.logicalId));
    seededPatients.set(key, resource);
  }
  return resource;
}
