// patient2's uncategorised data (blood pressures, pulse, weight, BMI, smoking) and immunisations.
import { addImmunisation } from '../../items/immunisation.ts';
import { addBloodPressure, addObservation, quantity } from '../../items/observation.ts';
import { snomed, type RecordBuilder } from '../../record.ts';
import { toYear } from '../../relative-dates.ts';

export const addPatient2Observations = (b: RecordBuilder) => ({
  bpRecent: addBloodPressure(b, 'bp-recent', -10, 148, 86),
  bpHalfYear: addBloodPressure(b, 'bp-half-year', -190, 152, 88),
  bpLastYear: addBloodPressure(b, 'bp-last-year', -380, 158, 92),
  pulse: addObservation(b, {
    name: 'pulse',
    code: snomed('78564009', 'Pulse rate'),
    effective: -10,
    value: quantity(76, '/min'),
  }),
  weight: addObservation(b, {
    name: 'weight',
    code: snomed('27113001', 'Body weight'),
    effective: -190,
    value: quantity(72, 'kg'),
  }),
  bmi: addObservation(b, {
    name: 'bmi',
    code: snomed('60621009', 'Body mass index'),
    effective: -190,
    value: quantity(24.3, 'kg/m2', 'kg/m2'),
  }),
  // A year-only date, which the period filters treat as the whole year.
  height: addObservation(b, {
    name: 'height',
    code: snomed('50373000', 'Body height'),
    effective: toYear(b.now, 6),
    value: quantity(1.72, 'm'),
  }),
  // No date at all: always returned, whatever the search period.
  smoking: addObservation(b, {
    name: 'smoking',
    code: snomed('8517006', 'Ex-smoker'),
    comment: 'Stopped in his forties.',
  }),
});

const influenza = snomed('6142004', 'Influenza');
const fluProcedure = snomed('822851000000102', 'Seasonal influenza vaccination');

export const addPatient2Immunisations = (b: RecordBuilder) => ({
  fluThisSeason: addImmunisation(b, {
    name: 'flu-this-season',
    procedure: fluProcedure,
    targetDisease: influenza,
    days: -120,
    vaccine: 'Inactivated influenza vaccine (surface antigen)',
    dose: 1,
  }),
  fluLastSeason: addImmunisation(b, {
    name: 'flu-last-season',
    procedure: fluProcedure,
    targetDisease: influenza,
    days: -485,
    vaccine: 'Inactivated influenza vaccine (surface antigen)',
    dose: 1,
  }),
  fluDeclined: addImmunisation(b, {
    name: 'flu-declined',
    procedure: fluProcedure,
    targetDisease: influenza,
    days: -850,
    vaccine: 'Inactivated influenza vaccine (surface antigen)',
    notGiven: 'Patient declined this season',
  }),
  pneumococcal: addImmunisation(b, {
    name: 'pneumococcal',
    procedure: snomed('12866006', 'Pneumococcal vaccination'),
    targetDisease: snomed('16814004', 'Pneumococcal infectious disease'),
    days: -2000,
    vaccine: 'Pneumococcal polysaccharide vaccine',
  }),
  covid: addImmunisation(b, {
    name: 'covid-first',
    procedure: snomed('1324681000000101', 'Administration of first dose of SARS-CoV-2 vaccine'),
    targetDisease: snomed('840539006', 'COVID-19'),
    days: -1500,
    vaccine: 'COVID-19 mRNA vaccine',
    dose: 1,
  }),
  // Consent recorded as an uncategorised Observation; includeStatus=false leaves it out.
  fluConsent: addObservation(b, {
    name: 'flu-consent',
    code: { text: 'Consent given for seasonal influenza vaccination' },
    effective: -121,
    area: 'immunisations',
  }),
});
