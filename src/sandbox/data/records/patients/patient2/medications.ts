// patient2's medications: current repeats, a stopped repeat, acute courses, one confidential and one prescribed elsewhere.
import { addMedication } from '../../items/medication.ts';
import { snomed, type RecordBuilder } from '../../record.ts';

const tablets = (value: number) => ({ value, unit: 'tablet' });

export const addPatient2Medications = (b: RecordBuilder) => ({
  amlodipine: addMedication(b, { name: 'amlodipine', product: snomed('319283006', 'Amlodipine 5mg tablets'), type: 'repeat',
    start: -1095, issueEvery: 56, supplyDays: 56, dosage: 'One tablet to be taken once a day', quantity: tablets(56) }),
  metformin: addMedication(b, { name: 'metformin', product: snomed('325278007', 'Metformin 500mg tablets'), type: 'repeat',
    start: -730, issueEvery: 56, supplyDays: 56, dosage: 'One tablet to be taken twice a day with meals', quantity: tablets(112) }),
  simvastatin: addMedication(b, { name: 'simvastatin', product: snomed('320000009', 'Simvastatin 40mg tablets'), type: 'repeat',
    start: -1000, end: -240, stoppedReason: 'Muscle aches; stopped after review', issueEvery: 56, supplyDays: 56,
    dosage: 'One tablet to be taken at night', quantity: tablets(56) }),
  paracetamol: addMedication(b, { name: 'paracetamol', product: snomed('322236009', 'Paracetamol 500mg tablets'), type: 'repeat',
    start: -185, issueEvery: 28, supplyDays: 28, dosage: 'Two tablets up to four times a day when required for pain',
    quantity: tablets(100) }),
  amoxicillin: addMedication(b, { name: 'amoxicillin', product: snomed('323509004', 'Amoxicillin 250mg capsules'), type: 'acute',
    start: -1096, end: -1089, supplyDays: 7, dosage: 'One capsule to be taken three times a day',
    quantity: { value: 21, unit: 'capsule' } }),
  diazepam: addMedication(b, { name: 'diazepam', product: snomed('321196004', 'Diazepam 2mg tablets'), type: 'acute',
    start: -62, end: -55, supplyDays: 7, dosage: 'One tablet up to three times a day when required', quantity: tablets(15),
    confidential: true }),
  dischargeParacetamol: addMedication(b, { name: 'discharge-paracetamol', product: snomed('322236009', 'Paracetamol 500mg tablets'),
    type: 'acute', start: -1085, supplyDays: 7, dosage: 'Two tablets four times a day', quantity: tablets(56),
    prescribedElsewhere: true }),
});
