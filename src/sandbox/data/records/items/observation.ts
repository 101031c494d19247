// Builds Observation items: uncategorised data, blood pressure and immunisation consent records.
import type { CodeableConcept, Observation, Quantity } from 'fhir/r3';
import type { ClinicalArea } from '../../../../spec/profiles.ts';
import { snomed, type RecordBuilder } from '../record.ts';

export interface ObservationSpec {
  name: string;
  code: CodeableConcept;
  /** Days from now it was made, a partial date (`2019`, `2019-06`), or undefined when the date is unknown. */
  effective?: number | string;
  value?: Quantity | string;
  comment?: string;
  area?: ClinicalArea;
  confidential?: boolean;
}

const UCUM = 'http://unitsofmeasure.org';

/** A UCUM quantity. */
export const quantity = (value: number, unit: string, code = unit): Quantity => ({ value, unit, system: UCUM, code });

/** Adds an Observation (to the uncategorised area unless another is named); returns its `Type/id` key. */
export const addObservation = (b: RecordBuilder, spec: ObservationSpec): string => {
  const id = b.id(`obs-${spec.name}`);
  const effective = typeof spec.effective === 'number' ? b.dateTime(spec.effective) : spec.effective;
  const observation: Observation = {
    resourceType: 'Observation',
    id,
    meta: b.meta('observation', spec.confidential),
    identifier: b.identifier(id),
    status: 'final',
    code: spec.code,
    subject: { reference: b.subject.patient },
    ...(effective ? { effectiveDateTime: effective } : {}),
    issued: typeof spec.effective === 'number' ? b.dateTime(spec.effective, '11:00') : b.dateTime(-3650, '09:00'),
    performer: [{ reference: b.subject.gp }],
    ...(typeof spec.value === 'string' ? { valueString: spec.value } : spec.value ? { valueQuantity: spec.value } : {}),
    ...(spec.comment ? { comment: spec.comment } : {}),
  };
  return b.add(observation, spec.area ?? 'uncategorised', { confidential: spec.confidential }).reference;
};

/** Adds a blood pressure Observation with systolic and diastolic components. */
export const addBloodPressure = (
  b: RecordBuilder,
  name: string,
  days: number,
  systolic: number,
  diastolic: number,
): string => {
  const id = b.id(`obs-${name}`);
  const mmHg = (value: number) => quantity(value, 'mm[Hg]');
  const observation: Observation = {
    resourceType: 'Observation',
    id,
    meta: b.meta('observation'),
    identifier: b.identifier(id),
    status: 'final',
    code: snomed('75367002', 'Blood pressure'),
    subject: { reference: b.subject.patient },
    effectiveDateTime: b.dateTime(days),
    issued: b.dateTime(days, '11:00'),
    performer: [{ reference: b.subject.gp }],
    component: [
      { code: snomed('271649006', 'Systolic blood pressure'), valueQuantity: mmHg(systolic) },
      { code: snomed('271650006', 'Diastolic blood pressure'), valueQuantity: mmHg(diastolic) },
    ],
  };
  return b.add(observation, 'uncategorised').reference;
};
