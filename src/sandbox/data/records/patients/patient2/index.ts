// patient2 (Mr Horace SKELLY, 9690937286): the rich record with every clinical area, linked together.
import { addActors } from '../../actors.ts';
import type { RecordBuilder } from '../../record.ts';
import { addPatient2Allergies } from './allergies.ts';
import { addPatient2Consultations } from './consultations.ts';
import { addPatient2Investigations } from './investigations.ts';
import { addPatient2DiaryEntries, addPatient2Documents, addPatient2Referrals } from './plans.ts';
import { addPatient2Medications } from './medications.ts';
import { addPatient2Immunisations, addPatient2Observations } from './observations.ts';
import { addPatient2Problems } from './problems.ts';

export const addPatient2Record = (b: RecordBuilder): void => {
  addActors(b);
  const items = {
    allergies: addPatient2Allergies(b),
    medications: addPatient2Medications(b),
    observations: addPatient2Observations(b),
    immunisations: addPatient2Immunisations(b),
    investigations: addPatient2Investigations(b),
    referrals: addPatient2Referrals(b),
    diary: addPatient2DiaryEntries(b),
  };
  const consultations = addPatient2Consultations(b, items);
  const documents = addPatient2Documents(b);
  addPatient2Problems(b, { ...items, consultations, documents });
};
