// Register a patient (F9, https://developer.nhs.uk/apis/gpconnect/foundations_use_case_register_a_patient.html): checks the Parameters body, traces PDS, and creates a temporary registration.
import type { Patient } from 'fhir/r3';
import {
  NHS_NUMBER_VERIFIED,
  REGISTER_PATIENT_PARAMETER,
  codeSystems,
  extensions,
  identifierSystems,
  profileUrl,
  registrationTypes,
} from '../../../spec/index.ts';
import { findHeldPatient } from '../../data/patients.ts';
import { fhirResponse } from '../../respond.ts';
import { tracePds, type PdsRecord } from '../../spine/pds.ts';
import { SpineError } from '../../spine-error.ts';
import { addDays, ukDate } from '../../../spec/uk-time.ts';
import { readFhirBody } from '../../validate/content.ts';
import { checkNhsNumber } from '../../validate/identifiers.ts';
import { searchset } from '../bundle.ts';
import type { InteractionContext } from '../types.ts';
import { isJsonObject as isObject } from '../../../spec/json.ts';

type Json = Record<string, unknown>;
const invalid = (diagnostics: string) => new SpineError('INVALID_RESOURCE', diagnostics);
const bad = (diagnostics: string) => new SpineError('BAD_REQUEST', diagnostics);

// Everything else is forbidden on the registered Patient (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_register_a_patient.html).
const ALLOWED_ELEMENTS = new Set([
  'resourceType',
  'id',
  'meta',
  'identifier',
  'name',
  'birthDate',
  'gender',
  'address',
  'telecom',
  'extension',
]);
// How long a temporary registration lasts in the sandbox.
const TEMPORARY_DAYS = 90;

/** The Patient inside the Parameters body, after the body's own shape is checked. */
function readPatientParameter(body: unknown): Json {
  if (!isObject(body) || body.resourceType !== 'Parameters')
    throw invalid('The body must be a FHIR Parameters resource.');
  if (!Array.isArray(body.parameter) || !body.parameter.every(isObject))
    throw invalid('Parameters.parameter must be an array of parameters.');
  const parameters = body.parameter as Json[];
  const unknown = parameters.find((p) => p.name !== REGISTER_PATIENT_PARAMETER);
  if (unknown)
    throw bad(
      `Unknown parameter ${JSON.stringify(unknown.name)}; Register a patient takes only ${REGISTER_PATIENT_PARAMETER}.`,
    );
  if (parameters.length === 0)
    throw new SpineError('INVALID_PARAMETER', `The ${REGISTER_PATIENT_PARAMETER} parameter is missing.`);
  if (parameters.length > 1)
    throw bad(`Send the ${REGISTER_PATIENT_PARAMETER} parameter once; it was sent ${parameters.length} times.`);
  const patient = (parameters[0] as Json).resource;
  if (!isObject(patient) || patient.resourceType !== 'Patient')
    throw invalid(`${REGISTER_PATIENT_PARAMETER}.resource must be a Patient.`);
  return patient;
}

function checkPatientShape(patient: Json): string {
  const extra = Object.keys(patient).find((key) => !ALLOWED_ELEMENTS.has(key));
  if (extra) throw invalid(`Patient.${extra} may not be sent when registering a patient.`);
  const profiles = isObject(patient.meta) && Array.isArray(patient.meta.profile) ? patient.meta.profile : [];
  if (!profiles.includes(profileUrl('patient')))
    throw invalid(`Patient.meta.profile must contain ${profileUrl('patient')}.`);
  if (!Array.isArray(patient.identifier) || patient.identifier.length === 0) {
    throw new SpineError('INVALID_NHS_NUMBER', 'The Patient has no identifier; send the NHS number.');
  }
  if (!patient.identifier.every((id) => isObject(id) && typeof id.system === 'string' && id.system !== '')) {
    throw bad('Every Patient.identifier needs a system.');
  }
  const nhs = (patient.identifier as Json[]).find((id) => id.system === identifierSystems.nhsNumber.system);
  if (!nhs || typeof nhs.value !== 'string')
    throw new SpineError('INVALID_NHS_NUMBER', `The Patient has no ${identifierSystems.nhsNumber.system} identifier.`);
  checkNhsNumber(nhs.value);
  const names = Array.isArray(patient.name)
    ? (patient.name.filter((n) => isObject(n) && n.use === 'official') as Json[])
    : [];
  if (names.length !== 1) throw bad('The Patient needs exactly one name with use "official".');
  const name = names[0] as Json;
  if (typeof name.family !== 'string' || name.family.trim() === '') throw bad('The official name has no family name.');
  if (!Array.isArray(name.given) || typeof name.given[0] !== 'string')
    throw bad('The official name has no given name.');
  if (typeof patient.birthDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(patient.birthDate)) {
    throw bad('Patient.birthDate is required, as yyyy-mm-dd.');
  }
  if (patient.gender !== undefined && !['male', 'female', 'other', 'unknown'].includes(patient.gender as string)) {
    throw invalid(`Patient.gender ${JSON.stringify(patient.gender)} is not male, female, other or unknown.`);
  }
  checkTelecoms(patient.telecom);
  checkAddresses(patient.address);
  return nhs.value;
}

function checkTelecoms(telecom: unknown): void {
  if (telecom === undefined) return;
  if (!Array.isArray(telecom) || !telecom.every(isObject))
    throw bad('Patient.telecom must be an array of ContactPoints.');
  const seen = new Set<string>();
  for (const point of telecom as Json[]) {
    if (!['phone', 'email'].includes(point.system as string) || typeof point.value !== 'string' || point.value === '') {
      throw bad('Each Patient.telecom needs system phone or email and a value.');
    }
    const kind = point.system === 'email' ? 'email' : `phone:${String(point.use)}`;
    if (point.system === 'phone' && !['home', 'work', 'mobile', 'temp'].includes(point.use as string)) {
      throw bad('A phone telecom needs use home, work, mobile or temp.');
    }
    if (seen.has(kind)) throw bad(`Send at most one ${kind.replace(':', ' ')} telecom.`);
    seen.add(kind);
  }
}

function checkAddresses(address: unknown): void {
  if (address === undefined) return;
  if (!Array.isArray(address) || !address.every(isObject))
    throw invalid('Patient.address must be an array of Addresses.');
  const uses = (address as Json[]).map((a) => a.use);
  if (uses.some((use) => use !== 'home' && use !== 'temp'))
    throw invalid('Only a home and a temp address may be sent.');
  if (new Set(uses).size !== uses.length) throw invalid('Send at most one home and one temp address.');
}

/** PDS verification: the birth date matches, or two of its three parts do and the names' starts match (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html). */
function isVerified(record: PdsRecord, patient: Json): boolean {
  const birthDate = patient.birthDate as string;
  if (record.birthDate === birthDate) return true;
  const sent = birthDate.split('-');
  const held = (record.birthDate ?? '').split('-');
  const sameParts = sent.filter((part, i) => part === held[i]).length;
  const name = (patient.name as Json[]).find((n) => n.use === 'official') as Json;
  const family = String(name.family).slice(0, 3).toUpperCase();
  const initial = String((name.given as string[])[0])
    .slice(0, 1)
    .toUpperCase();
  return (
    sameParts >= 2 &&
    record.name.family.slice(0, 3).toUpperCase() === family &&
    record.name.given.slice(0, 1).toUpperCase() === initial
  );
}

function tracePatient(nhsNumber: string, patient: Json): void {
  const record = tracePds(nhsNumber);
  const demographics = (reason: string) =>
    new SpineError('INVALID_PATIENT_DEMOGRAPHICS', `PDS trace of ${nhsNumber} failed: ${reason}.`);
  if (!record) throw demographics('PDS holds no such patient');
  if (record.superseded) throw new SpineError('INVALID_NHS_NUMBER', `NHS number ${nhsNumber} is superseded on PDS.`);
  if (record.deathDate) throw demographics('the patient is deceased');
  if (record.sensitive) throw demographics('the patient is PDS-sensitive');
  if (!isVerified(record, patient)) throw demographics('the birth date and name do not match PDS');
}

function buildTemporaryPatient(
  ctx: InteractionContext,
  sent: Json,
  nhsNumber: string,
  logicalId: string,
  versionId: string,
): Patient {
  const today = ukDate(ctx.now);
  const site = ctx.practice.sites[0];
  return {
    resourceType: 'Patient',
    id: logicalId,
    meta: { versionId, profile: [profileUrl('patient')] },
    extension: [
      {
        url: extensions.registrationDetails,
        extension: [
          { url: 'registrationPeriod', valuePeriod: { start: today, end: addDays(today, TEMPORARY_DAYS) } },
          {
            url: 'registrationType',
            valueCodeableConcept: {
              coding: [{ system: codeSystems.registrationType, code: 'T', display: registrationTypes.T }],
            },
          },
          ...(site
            ? [{ url: 'preferredBranchSurgery', valueReference: { reference: `Location/${site.locationId}` } }]
            : []),
        ],
      },
    ],
    identifier: [
      {
        system: identifierSystems.nhsNumber.system,
        value: nhsNumber,
        extension: [
          {
            url: extensions.nhsNumberVerificationStatus,
            valueCodeableConcept: { coding: [{ ...NHS_NUMBER_VERIFIED }] },
          },
        ],
      },
    ],
    active: true,
    name: sent.name as Patient['name'],
    birthDate: sent.birthDate as string,
    ...(sent.gender ? { gender: sent.gender as Patient['gender'] } : {}),
    ...(sent.telecom ? { telecom: sent.telecom as Patient['telecom'] } : {}),
    ...(sent.address ? { address: sent.address as Patient['address'] } : {}),
    managingOrganization: { reference: `Organization/${ctx.practice.organizationId}` },
  };
}

export async function registerPatient(ctx: InteractionContext): Promise<Response> {
  const body = await readFhirBody(ctx.request, 'Register a patient body');
  const patient = readPatientParameter(body);
  const nhsNumber = checkPatientShape(patient);
  ctx.assertEnabled();
  tracePatient(nhsNumber, patient);
  const held = findHeldPatient(ctx.practice.odsCode, { nhsNumber });
  if (held?.patient.flags.deceased)
    throw new SpineError('INVALID_PATIENT_DEMOGRAPHICS', `Patient ${nhsNumber} is recorded here as deceased.`);
  // spec: an active patient is a duplicate; an inactive one is reactivated as a temporary patient
  if (held && !held.patient.flags.inactive) {
    throw new SpineError(
      'DUPLICATE_REJECTED',
      `Patient ${nhsNumber} is already registered at ${ctx.practice.odsCode}.`,
    );
  }
  const result = await ctx.store.register(
    ctx.practice.odsCode,
    nhsNumber,
    (logicalId, versionId) => buildTemporaryPatient(ctx, patient, nhsNumber, logicalId, versionId),
    held?.logicalId,
  );
  if (!result.ok) {
    throw new SpineError(
      'DUPLICATE_REJECTED',
      `Patient ${nhsNumber} is already registered at ${ctx.practice.odsCode} as a temporary patient.`,
    );
  }
  return fhirResponse(searchset([result.registration.resource]));
}
