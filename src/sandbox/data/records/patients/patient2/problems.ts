// patient2's problems: linked to medications, consultations, uncategorised data, results, referrals and each other.
import { addProblem, problemKey } from '../../items/problem.ts';
import { snomed, type RecordBuilder } from '../../record.ts';
import type { addPatient2Consultations, Patient2Items } from './consultations.ts';
import type { addPatient2Documents } from './plans.ts';

interface Linkable extends Patient2Items {
  consultations: ReturnType<typeof addPatient2Consultations>;
  documents: ReturnType<typeof addPatient2Documents>;
}

export const addPatient2Problems = (b: RecordBuilder, i: Linkable) => {
  const diabetes = problemKey(b, 'diabetes');
  const kidney = problemKey(b, 'kidney');
  const hypertension = problemKey(b, 'hypertension');
  return {
    hypertension: addProblem(b, {
      name: 'hypertension',
      code: snomed('59621000', 'Essential hypertension'),
      onset: -3300,
      significance: 'major',
      related: [{ type: 'sibling', target: diabetes }],
      // The raised reading the GP escalated into the problem.
      actual: i.observations.bpLastYear,
      links: [
        i.medications.amlodipine,
        i.medications.simvastatin,
        i.observations.bpRecent,
        i.observations.bpHalfYear,
        i.consultations.review,
        i.diary.bloodPressure,
      ],
    }),
    diabetes: addProblem(b, {
      name: 'diabetes',
      code: snomed('44054006', 'Type 2 diabetes mellitus'),
      onset: -760,
      significance: 'major',
      related: [
        { type: 'child', target: kidney },
        { type: 'sibling', target: hypertension },
      ],
      links: [
        i.medications.metformin,
        i.investigations.hba1c,
        i.referrals.dietitian,
        i.diary.footCheck,
        i.diary.hba1cOverdue,
        i.consultations.review,
      ],
    }),
    kidney: addProblem(b, {
      name: 'kidney',
      code: snomed('433144002', 'Chronic kidney disease stage 3'),
      onset: -400,
      significance: 'minor',
      related: [{ type: 'parent', target: diabetes }],
      links: [i.investigations.renalLastYear, i.investigations.renalRecent],
    }),
    knee: addProblem(b, {
      name: 'knee',
      code: snomed('239873007', 'Osteoarthritis of knee'),
      onset: -190,
      significance: 'minor',
      links: [
        i.medications.paracetamol,
        i.referrals.physiotherapy,
        i.consultations.knee,
        i.documents.physiotherapy,
        i.observations.weight,
      ],
    }),
    pneumonia: addProblem(b, {
      name: 'pneumonia',
      code: snomed('385093006', 'Community acquired pneumonia'),
      onset: -1096,
      ended: -1060,
      significance: 'minor',
      links: [
        i.medications.amoxicillin,
        i.medications.dischargeParacetamol,
        i.allergies.penicillin,
        i.consultations.chestInfection,
        i.consultations.rash,
        i.documents.discharge,
        i.immunisations.pneumococcal,
      ],
    }),
    anxiety: addProblem(b, {
      name: 'anxiety',
      code: snomed('48694002', 'Anxiety'),
      onset: -62,
      significance: 'minor',
      confidential: true,
      links: [i.medications.diazepam, i.consultations.anxiety, i.documents.mentalHealth],
    }),
    // Ended allergies linked to a problem show in their own secondary List.
    hayFever: addProblem(b, {
      name: 'hay-fever',
      code: snomed('21719001', 'Allergic rhinitis caused by pollen'),
      onset: -5200,
      ended: -800,
      significance: 'minor',
      links: [i.allergies.grassPollen],
    }),
  };
};
