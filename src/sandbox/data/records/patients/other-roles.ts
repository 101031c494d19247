// The other records: patient1 (empty allergies), patient3 (nothing linked to problems), patient12 (past medications),
// patient13 (in transit) and a small everyday record for the remaining registered patients.
import { actors, addActors } from '../actors.ts';
import { addAllergy } from '../items/allergy.ts';
import { addDiaryEntry } from '../items/diary.ts';
import { addImmunisation } from '../items/immunisation.ts';
import { addInvestigation } from '../items/investigation.ts';
import { addMedication } from '../items/medication.ts';
import { addBloodPressure, addObservation, quantity } from '../items/observation.ts';
import { addReferral } from '../items/referral.ts';
import { snomed, type RecordBuilder } from '../record.ts';

const flu = {
  procedure: snomed('822851000000102', 'Seasonal influenza vaccination'),
  targetDisease: snomed('6142004', 'Influenza'),
  vaccine: 'Inactivated influenza vaccine (surface antigen)',
};

/** patient1: no allergies at all (not even "no known allergies") and no medications; one reading. */
export const addPatient1Record = (b: RecordBuilder): void => {
  addBloodPressure(b, 'bp', -45, 132, 78);
};

/** patient3: allergies, past medications only, and results, a referral and a recall with no problem to link to. */
export const addPatient3Record = (b: RecordBuilder): void => {
  addActors(b);
  addAllergy(b, {
    name: 'shellfish',
    code: snomed('300913006', 'Shellfish allergy'),
    category: 'food',
    asserted: -3500,
  });
  addMedication(b, {
    name: 'amoxicillin',
    product: snomed('323509004', 'Amoxicillin 250mg capsules'),
    type: 'acute',
    start: -420,
    end: -413,
    supplyDays: 7,
    dosage: 'One capsule to be taken three times a day',
    quantity: { value: 21, unit: 'capsule' },
  });
  addMedication(b, {
    name: 'simvastatin',
    product: snomed('320000009', 'Simvastatin 40mg tablets'),
    type: 'repeat',
    start: -1400,
    end: -600,
    stoppedReason: 'Switched by the lipid clinic',
    issueEvery: 56,
    supplyDays: 56,
    dosage: 'One tablet at night',
    quantity: { value: 56, unit: 'tablet' },
  });
  addImmunisation(b, { name: 'flu', ...flu, days: -150, dose: 1 });
  addBloodPressure(b, 'bp', -150, 138, 82);
  addObservation(b, {
    name: 'weight',
    code: snomed('27113001', 'Body weight'),
    effective: -150,
    value: quantity(81, 'kg'),
  });
  addInvestigation(b, {
    name: 'hba1c',
    request: snomed('43396009', 'Haemoglobin A1c measurement'),
    specimen: snomed('119297000', 'Blood specimen'),
    collected: -90,
    results: [
      {
        name: 'hba1c',
        code: snomed(
          '999791000000106',
          'Haemoglobin A1c level - International Federation of Clinical Chemistry and Laboratory Medicine standardised',
        ),
        value: quantity(39, 'mmol/mol'),
        range: { high: 48 },
        flag: 'N',
      },
    ],
    filingComments: ['Normal. No action.'],
  });
  addReferral(b, {
    name: 'physiotherapy',
    service: snomed('308447003', 'Referral to physiotherapist'),
    days: -60,
    recipient: actors.physiotherapy,
    reason: 'Shoulder pain after a fall.',
    priority: 'routine',
  });
  addDiaryEntry(b, {
    name: 'blood-pressure',
    code: snomed('46973005', 'Blood pressure taking'),
    authored: -150,
    due: 30,
  });
};

/** patient12: a merged record with past medications only. */
export const addPatient12Record = (b: RecordBuilder): void => {
  addMedication(b, {
    name: 'amoxicillin',
    product: snomed('323509004', 'Amoxicillin 250mg capsules'),
    type: 'acute',
    start: -900,
    end: -893,
    supplyDays: 7,
    dosage: 'One capsule to be taken three times a day',
    quantity: { value: 21, unit: 'capsule' },
  });
  addMedication(b, {
    name: 'paracetamol',
    product: snomed('322236009', 'Paracetamol 500mg tablets'),
    type: 'repeat',
    start: -700,
    end: -350,
    issueEvery: 28,
    supplyDays: 28,
    dosage: 'Two tablets up to four times a day when required',
    quantity: { value: 100, unit: 'tablet' },
  });
};

/** Days since patient13 registered: older history is still on its way from the previous practice. */
const IN_TRANSIT_DAYS = 21;

/** patient13: recently registered, record transfer incomplete (every List carries data-in-transit). */
export const addPatient13Record = (b: RecordBuilder): void => {
  b.markInTransit(b.date(-IN_TRANSIT_DAYS));
  addAllergy(b, { name: 'peanut', code: snomed('91935009', 'Allergy to peanut'), category: 'food', asserted: -14 });
  addMedication(b, {
    name: 'paracetamol',
    product: snomed('322236009', 'Paracetamol 500mg tablets'),
    type: 'acute',
    start: -10,
    end: -3,
    supplyDays: 7,
    dosage: 'Two tablets up to four times a day',
    quantity: { value: 32, unit: 'tablet' },
  });
  addBloodPressure(b, 'bp', -14, 118, 72);
};

/** patient19, patientNoAppointments and the worked-example patient: an ordinary small record. */
export const addEverydayRecord = (b: RecordBuilder): void => {
  addBloodPressure(b, 'bp', -200, 124, 80);
  addImmunisation(b, { name: 'flu', ...flu, days: -130, dose: 1 });
};
