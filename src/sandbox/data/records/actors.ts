// Clinicians and organisations the records cite besides the patient's own practice and usual GP.
import type { HealthcareService, Organization, Practitioner, PractitionerRole } from 'fhir/r3';
import { codeSystems, identifierSystems } from '../../../spec/identifier-systems.ts';
import type { RecordBuilder } from './record.ts';

/** References to the shared actors, for area files to cite. */
export const actors = {
  nurse: 'Practitioner/rec-nurse',
  hospital: 'Organization/rec-hospital',
  physiotherapy: 'HealthcareService/rec-physiotherapy',
} as const;

/** Adds the shared actors to a record, so every reference its items make can be resolved. */
export const addActors = (b: RecordBuilder): void => {
  const nurse: Practitioner = {
    resourceType: 'Practitioner',
    id: 'rec-nurse',
    meta: b.meta('practitioner'),
    identifier: [{ system: identifierSystems.sdsUser.system, value: 'G22345677' }],
    name: [{ use: 'usual', family: 'Wilson', given: ['Sarah'], prefix: ['Mrs'] }],
    gender: 'female',
  };
  const nurseRole: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: 'rec-nurse-role',
    meta: b.meta('practitionerRole'),
    practitioner: { reference: actors.nurse },
    organization: { reference: b.subject.practice },
    code: [{ coding: [{ system: codeSystems.sdsJobRoleName, code: 'R0620', display: 'Staff Nurse' }] }],
  };
  const hospital: Organization = {
    resourceType: 'Organization',
    id: 'rec-hospital',
    meta: b.meta('organization'),
    identifier: [{ system: identifierSystems.odsOrganization.system, value: 'RCB' }],
    name: 'YORK AND SCARBOROUGH TEACHING HOSPITALS NHS FOUNDATION TRUST',
    address: [{ use: 'work', line: ['York Hospital', 'Wigginton Road'], city: 'York', postalCode: 'YO31 8HE' }],
  };
  const physiotherapy: HealthcareService = {
    resourceType: 'HealthcareService',
    id: 'rec-physiotherapy',
    meta: b.meta('healthcareService'),
    providedBy: { reference: actors.hospital },
    name: 'Musculoskeletal physiotherapy',
  };
  b.add(nurse);
  b.add(nurseRole);
  b.add(hospital);
  b.add(physiotherapy);
};
