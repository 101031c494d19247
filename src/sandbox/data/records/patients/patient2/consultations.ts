// patient2's consultations, each with topics and headings over items of the other areas.
import { addConsultation } from '../../items/consultation.ts';
import { snomed, type RecordBuilder } from '../../record.ts';
import type { addPatient2Allergies } from './allergies.ts';
import type { addPatient2Investigations } from './investigations.ts';
import type { addPatient2DiaryEntries, addPatient2Referrals } from './plans.ts';
import type { addPatient2Medications } from './medications.ts';
import type { addPatient2Immunisations, addPatient2Observations } from './observations.ts';

export interface Patient2Items {
  allergies: ReturnType<typeof addPatient2Allergies>;
  medications: ReturnType<typeof addPatient2Medications>;
  observations: ReturnType<typeof addPatient2Observations>;
  immunisations: ReturnType<typeof addPatient2Immunisations>;
  investigations: ReturnType<typeof addPatient2Investigations>;
  referrals: ReturnType<typeof addPatient2Referrals>;
  diary: ReturnType<typeof addPatient2DiaryEntries>;
}

const surgery = { ...snomed('11429006', 'Consultation'), text: 'Surgery consultation' };
const telephone = snomed('185317003', 'Telephone encounter');
const homeVisit = snomed('439708006', 'Home visit');

export const addPatient2Consultations = (b: RecordBuilder, i: Patient2Items) => ({
  review: addConsultation(b, {
    name: 'review',
    type: surgery,
    days: -10,
    minutes: 20,
    topics: [
      {
        title: 'Hypertension',
        headings: [{ title: 'Examination', items: [i.observations.bpRecent, i.observations.pulse] }],
      },
      {
        title: 'Type 2 diabetes mellitus',
        headings: [
          { title: 'Results', items: [i.investigations.hba1c] },
          { title: 'Plan', items: [i.diary.footCheck, i.diary.bloodPressure, i.diary.medicationReview] },
        ],
      },
    ],
  }),
  anxiety: addConsultation(b, {
    name: 'anxiety',
    type: telephone,
    days: -62,
    minutes: 10,
    topics: [{ title: 'Anxiety', headings: [{ title: 'Plan', items: [i.medications.diazepam] }] }],
  }),
  knee: addConsultation(b, {
    name: 'knee',
    type: surgery,
    days: -190,
    minutes: 15,
    topics: [
      {
        title: 'Knee pain',
        headings: [
          { title: 'Examination', items: [i.observations.weight, i.observations.bmi, i.observations.bpHalfYear] },
          { title: 'Plan', items: [i.referrals.physiotherapy] },
        ],
      },
    ],
  }),
  fluClinic: addConsultation(b, {
    name: 'flu-clinic',
    type: surgery,
    days: -120,
    minutes: 5,
    practitioner: 'Practitioner/rec-nurse',
    topics: [{ title: 'Immunisation', items: [i.immunisations.fluThisSeason] }],
  }),
  chestInfection: addConsultation(b, {
    name: 'chest-infection',
    type: homeVisit,
    days: -1096,
    minutes: 25,
    topics: [{ title: 'Chest infection', headings: [{ title: 'Plan', items: [i.medications.amoxicillin] }] }],
  }),
  // The two-level form: a topic listing its item directly.
  rash: addConsultation(b, {
    name: 'rash',
    type: telephone,
    days: -1090,
    minutes: 8,
    topics: [{ title: 'Rash after antibiotics', items: [i.allergies.penicillin] }],
  }),
});
