// Records built around allergies: patient4 (plus a 6 MB document), patient5 ("No known allergies"), patients 6–8,
// patient16 (a confidential allergy, a legacy ended one, referrals) and patient17 (ended allergies only).
import { actors, addActors } from '../actors.ts';
import { addAllergy, addNoKnownAllergies } from '../items/allergy.ts';
import { addDocument } from '../items/document.ts';
import { addMedication } from '../items/medication.ts';
import { addReferral } from '../items/referral.ts';
import { snomed, type RecordBuilder } from '../record.ts';

const penicillin = snomed('91936005', 'Allergy to penicillin');
const peanut = snomed('91935009', 'Allergy to peanut');
const latex = snomed('300916003', 'Latex allergy');
const grassPollen = snomed('418689008', 'Allergy to grass pollen');
const dander = snomed('232347008', 'Dander (animal) allergy');
const shellfish = snomed('300913006', 'Shellfish allergy');
const eggs = snomed('91930004', 'Allergy to eggs');

/** Bytes of patient4's scanned bundle: over the 5 MB retrieve limit (https://developer.nhs.uk/apis/gpconnect/access_documents_development_retrieve_patient_documents.html). */
export const LARGE_DOCUMENT_BYTES = 6 * 1024 * 1024;

export const addPatient4Record = (b: RecordBuilder): void => {
  addActors(b);
  addAllergy(b, { name: 'penicillin', code: penicillin, category: 'medication', asserted: -2400 });
  addAllergy(b, { name: 'dander', code: dander, category: 'environment', asserted: -5000 });
  addDocument(b, {
    name: 'scanned-notes',
    type: { text: 'Scanned paper records' },
    created: -900,
    author: actors.hospital,
    description: 'Scanned Lloyd George notes (large file)',
    size: LARGE_DOCUMENT_BYTES,
    unavailableReason: 'File too large to retrieve with Access Document (over 5 MB); request it through the practice.',
    lines: ['Scanned Lloyd George record', 'Pages 1-240'],
  });
};

export const addPatient5Record = (b: RecordBuilder): void => {
  addNoKnownAllergies(b, -3000);
  addMedication(b, {
    name: 'amlodipine',
    product: snomed('319283006', 'Amlodipine 5mg tablets'),
    type: 'repeat',
    start: -400,
    issueEvery: 28,
    supplyDays: 28,
    dosage: 'One tablet to be taken once a day',
    quantity: { value: 28, unit: 'tablet' },
  });
  addMedication(b, {
    name: 'paracetamol',
    product: snomed('322236009', 'Paracetamol 500mg tablets'),
    type: 'acute',
    start: -3,
    end: 4,
    supplyDays: 7,
    dosage: 'Two tablets up to four times a day',
    quantity: { value: 32, unit: 'tablet' },
  });
};

/** patients 6, 7 and 8: one current and one ended allergy each, nothing else required. */
export const addCurrentAndEndedAllergies =
  (current: 'peanut' | 'shellfish' | 'penicillin') =>
  (b: RecordBuilder): void => {
    const code = { peanut, shellfish, penicillin }[current];
    addAllergy(b, { name: current, code, category: current === 'penicillin' ? 'medication' : 'food', asserted: -2000 });
    addAllergy(b, {
      name: 'grass-pollen',
      code: grassPollen,
      category: 'environment',
      asserted: -6000,
      ended: { on: -1200, reason: 'Symptoms resolved' },
    });
  };

export const addPatient16Record = (b: RecordBuilder): void => {
  addActors(b);
  addAllergy(b, { name: 'peanut', code: peanut, category: 'food', asserted: -1500 });
  addAllergy(b, { name: 'eggs', code: eggs, category: 'food', asserted: -800, confidential: true });
  // A legacy ended allergy: migrated from an old system without a reason.
  addAllergy(b, { name: 'latex', code: latex, category: 'environment', asserted: -4000, ended: { on: -2500 } });
  addReferral(b, {
    name: 'physiotherapy',
    service: snomed('308447003', 'Referral to physiotherapist'),
    days: -40,
    recipient: actors.physiotherapy,
    reason: 'Lower back pain for eight weeks.',
    priority: 'routine',
  });
  addReferral(b, {
    name: 'dietitian',
    service: snomed('306206001', 'Referral to dietitian'),
    days: -400,
    recipient: actors.hospital,
    reason: 'Egg allergy: dietary advice.',
    priority: 'routine',
    status: 'completed',
  });
};

export const addPatient17Record = (b: RecordBuilder): void => {
  addAllergy(b, {
    name: 'latex',
    code: latex,
    category: 'environment',
    asserted: -3000,
    ended: { on: -300, reason: 'Tolerated latex gloves at a hospital visit' },
  });
  addAllergy(b, {
    name: 'grass-pollen',
    code: grassPollen,
    category: 'environment',
    asserted: -4000,
    ended: { on: -700, reason: 'No symptoms for three seasons' },
  });
};
