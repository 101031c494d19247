// patient2's referrals, diary entries (up to ten years ahead) and documents.
import { actors } from '../../actors.ts';
import { addDiaryEntry } from '../../items/diary.ts';
import { addDocument } from '../../items/document.ts';
import { addReferral } from '../../items/referral.ts';
import { snomed, type RecordBuilder } from '../../record.ts';

export const addPatient2Referrals = (b: RecordBuilder) => ({
  physiotherapy: addReferral(b, {
    name: 'physiotherapy',
    service: snomed('308447003', 'Referral to physiotherapist'),
    days: -188,
    recipient: actors.physiotherapy,
    reason: 'Right knee osteoarthritis; pain limits walking.',
    priority: 'routine',
    ubrn: '000012345678',
  }),
  dietitian: addReferral(b, {
    name: 'dietitian',
    service: snomed('306206001', 'Referral to dietitian'),
    days: -700,
    recipient: actors.hospital,
    reason: 'Newly diagnosed type 2 diabetes: dietary advice.',
    priority: 'routine',
    status: 'completed',
  }),
});

export const addPatient2DiaryEntries = (b: RecordBuilder) => ({
  hba1cOverdue: addDiaryEntry(b, {
    name: 'hba1c',
    code: snomed('43396009', 'Haemoglobin A1c measurement'),
    authored: -200,
    due: -20,
    note: 'Six-monthly HbA1c.',
  }),
  footCheck: addDiaryEntry(b, {
    name: 'foot-check',
    code: snomed('401191002', 'Diabetic foot examination'),
    authored: -10,
    due: 80,
  }),
  bloodPressure: addDiaryEntry(b, {
    name: 'blood-pressure',
    code: snomed('46973005', 'Blood pressure taking'),
    authored: -10,
    due: 170,
  }),
  flu: addDiaryEntry(b, {
    name: 'flu',
    code: snomed('822851000000102', 'Seasonal influenza vaccination'),
    authored: -120,
    due: 245,
  }),
  medicationReview: addDiaryEntry(b, {
    name: 'medication-review',
    code: snomed('182836005', 'Review of medication'),
    authored: -10,
    due: 3650,
    note: 'Long-term review date set by the practice.',
  }),
});

export const addPatient2Documents = (b: RecordBuilder) => ({
  discharge: addDocument(b, {
    name: 'discharge',
    type: snomed('373942005', 'Discharge summary'),
    created: -1085,
    description: 'Discharge summary: community acquired pneumonia',
    author: actors.hospital,
    lines: [
      'York Hospital - discharge summary',
      'Diagnosis: community acquired pneumonia.',
      'Oral antibiotics completed.',
      'Developed urticaria on amoxicillin: recorded as penicillin allergy.',
    ],
  }),
  physiotherapy: addDocument(b, {
    name: 'physiotherapy',
    type: snomed('371531000', 'Report of clinical encounter'),
    created: -150,
    description: 'Physiotherapy assessment: right knee',
    author: actors.hospital,
    lines: ['Musculoskeletal physiotherapy', 'Right knee osteoarthritis. Home exercise programme given.'],
  }),
  mentalHealth: addDocument(b, {
    name: 'mental-health',
    type: snomed('371531000', 'Report of clinical encounter'),
    created: -55,
    description: 'Letter from the community mental health team',
    author: actors.hospital,
    confidential: true,
    lines: ['Community mental health team', 'Assessment following a period of anxiety.'],
  }),
});
