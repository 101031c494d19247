// patient2's test results: an HbA1c and two renal profiles, with filing comments.
import { addInvestigation } from '../../items/investigation.ts';
import { quantity } from '../../items/observation.ts';
import { snomed, type RecordBuilder } from '../../record.ts';

const creatinine = snomed('1000731000000107', 'Serum creatinine level');
const egfr = snomed('1011481000000105', 'eGFR using creatinine (CKD-EPI) per 1.73 square metres');
const perBsa = (value: number) => quantity(value, 'mL/min/{1.73_m2}');

export const addPatient2Investigations = (b: RecordBuilder) => ({
  hba1c: addInvestigation(b, {
    name: 'hba1c',
    request: snomed('43396009', 'Haemoglobin A1c measurement'),
    specimen: snomed('119297000', 'Blood specimen'),
    collected: -30,
    results: [
      {
        name: 'hba1c',
        code: snomed(
          '999791000000106',
          'Haemoglobin A1c level - International Federation of Clinical Chemistry and Laboratory Medicine standardised',
        ),
        value: quantity(58, 'mmol/mol'),
        range: { high: 48 },
        flag: 'H',
      },
    ],
    filingComments: ['Above target. Discussed at the diabetes review.'],
  }),
  renalLastYear: addInvestigation(b, {
    name: 'renal-last-year',
    request: { text: 'Renal profile' },
    specimen: snomed('119364003', 'Serum specimen'),
    collected: -405,
    group: { text: 'Renal profile' },
    results: [
      {
        name: 'creatinine',
        code: creatinine,
        value: quantity(128, 'umol/L'),
        range: { low: 59, high: 104 },
        flag: 'H',
      },
      { name: 'egfr', code: egfr, value: perBsa(41), range: { low: 60 }, flag: 'L' },
    ],
    filingComments: ['eGFR in keeping with CKD stage 3a.', 'Repeat in three months.'],
  }),
  renalRecent: addInvestigation(b, {
    name: 'renal-recent',
    request: { text: 'Renal profile' },
    specimen: snomed('119364003', 'Serum specimen'),
    collected: -35,
    group: { text: 'Renal profile' },
    results: [
      {
        name: 'creatinine',
        code: creatinine,
        value: quantity(121, 'umol/L'),
        range: { low: 59, high: 104 },
        flag: 'H',
      },
      { name: 'egfr', code: egfr, value: perBsa(44), range: { low: 60 }, flag: 'L' },
    ],
    filingComments: ['Stable. No action.'],
  }),
});
