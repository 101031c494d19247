// Finds the patient whose record is asked for, applies the patient-status rules, and builds the Bundle's header resources.
import type { Patient, PractitionerRole, Resource } from 'fhir/r3';
import { codeSystems, profileUrl } from '../../../spec/index.ts';
import type { RecordSubject } from '../../data/records/index.ts';
import { buildLocation, buildOrganization } from '../../data/organisations.ts';
import { buildPatient, findHeldPatient, type HeldPatient } from '../../data/patients.ts';
import { findPractitionerById } from '../../data/practitioners.ts';
import { SpineError } from '../../spine-error.ts';
import type { InteractionContext } from '../types.ts';

/** The usual GP of every sandbox patient: practitioner1 of the test pack (Practitioner/1). */
const USUAL_GP_ID = '1';

export interface RecordPatient {
  held: HeldPatient;
  /** Patient, registered practice, usual GP and the GP's one PractitionerRole (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_bundle.html). */
  header: Resource[];
  subject: RecordSubject;
}

/**
 * The patient with that NHS number at this practice. Not held here, PDS-sensitive, deceased or (except to migrate) inactive → 404
 * PATIENT_NOT_FOUND; dissent → 403 NO_PATIENT_CONSENT (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html, https://developer.nhs.uk/apis/gpconnect/testing_data.html).
 */
export function findRecordPatient(ctx: InteractionContext, nhsNumber: string): RecordPatient {
  const held = findHeldPatient(ctx.practice.odsCode, { nhsNumber });
  const where = `${ctx.practice.odsCode} (${ctx.practice.name})`;
  if (!held || held.patient.flags.sensitive) {
    // A sensitive patient is reported exactly like an unknown one, so the answer reveals nothing about them.
    throw new SpineError('PATIENT_NOT_FOUND', `No patient with NHS number ${nhsNumber} is available at ${where}.`);
  }
  const { flags } = held.patient;
  if (flags.deceased)
    throw new SpineError(
      'PATIENT_NOT_FOUND',
      `The patient with NHS number ${nhsNumber} is deceased; ${where} does not share the record.`,
    );
  // Migrate has no "inactive" row: the patient has left this practice on PDS before the new one asks, so refusing
  // them would block every transfer (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_migrate_patient_record.html#error-handling).
  if (flags.inactive && ctx.interaction.reason !== 'migration')
    throw new SpineError(
      'PATIENT_NOT_FOUND',
      `The patient with NHS number ${nhsNumber} is no longer registered at ${where}.`,
    );
  if (flags.dissent) {
    throw new SpineError(
      'NO_PATIENT_CONSENT',
      `The patient with NHS number ${nhsNumber} has dissented from sharing their record; ${where} cannot return it.`,
    );
  }
  return { held, header: buildHeader(held), subject: toSubject(ctx, held) };
}

/** The references a record's items use, and the practice's Access Document base for document URLs. */
export function toSubject(ctx: InteractionContext, held: HeldPatient): RecordSubject {
  return {
    patient: `Patient/${held.logicalId}`,
    practice: `Organization/${held.practice.organizationId}`,
    gp: `Practitioner/${USUAL_GP_ID}`,
    documentsBase: ctx.baseUrl.replace(/\/gpconnect(\/structured|\/documents)?$/, '/gpconnect/documents'),
  };
}

/** Patient (with its usual GP), the registered practice, the GP, the GP's PractitionerRole and the branch Location. */
export function buildHeader(held: HeldPatient): Resource[] {
  const patient: Patient = {
    ...buildPatient(held.patient, held.practice, held.logicalId),
    generalPractitioner: [{ reference: `Practitioner/${USUAL_GP_ID}` }],
  };
  const organization = buildOrganization(held.practice);
  const gp = findPractitionerById(USUAL_GP_ID);
  const role: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: `${held.practice.organizationId}-${USUAL_GP_ID}`,
    meta: { profile: [profileUrl('practitionerRole')] },
    practitioner: { reference: `Practitioner/${USUAL_GP_ID}` },
    organization: { reference: `Organization/${organization.id}` },
    code: [
      { coding: [{ system: codeSystems.sdsJobRoleName, code: 'R0260', display: 'General Medical Practitioner' }] },
    ],
  };
  // The Patient's preferred branch surgery is a Location, so it travels too.
  const site = held.practice.sites[0];
  return [patient, organization, ...(gp ? [gp, role] : []), ...(site ? [buildLocation(held.practice, site)] : [])];
}
