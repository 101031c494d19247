// Builds Immunization items, given and not given.
import type { CodeableConcept, Immunization } from 'fhir/r3';
import { extensions } from '../../../../spec/profiles.ts';
import type { RecordBuilder } from '../record.ts';

// The CareConnect extension carrying the SNOMED vaccination procedure (the vaccine product goes in vaccineCode).
const VACCINATION_PROCEDURE =
  'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1';

export interface ImmunisationSpec {
  name: string;
  procedure: CodeableConcept;
  vaccine: string;
  days: number;
  targetDisease: CodeableConcept;
  dose?: number;
  /** Recorded as not given, with the reason. */
  notGiven?: string;
}

/** Adds an Immunization to the immunisations area; returns its `Type/id` key. */
export const addImmunisation = (b: RecordBuilder, spec: ImmunisationSpec): string => {
  const id = b.id(`imm-${spec.name}`);
  const immunisation: Immunization = {
    resourceType: 'Immunization',
    id,
    meta: b.meta('immunization'),
    extension: [
      { url: extensions.dateRecorded, valueDateTime: b.dateTime(spec.days, '12:00') },
      { url: VACCINATION_PROCEDURE, valueCodeableConcept: spec.procedure },
    ],
    identifier: b.identifier(id),
    status: 'completed',
    notGiven: Boolean(spec.notGiven),
    vaccineCode: { text: spec.vaccine },
    patient: { reference: b.subject.patient },
    date: b.dateTime(spec.days),
    primarySource: true,
    practitioner: [{ actor: { reference: b.subject.gp } }],
    ...(spec.notGiven ? { explanation: { reasonNotGiven: [{ text: spec.notGiven }] } } : {}),
    vaccinationProtocol: [
      {
        ...(spec.dose ? { doseSequence: spec.dose } : {}),
        targetDisease: [spec.targetDisease],
        doseStatus: {
          coding: [
            {
              system: 'http://hl7.org/fhir/vaccination-protocol-dose-status',
              code: spec.notGiven ? 'nocount' : 'count',
              display: spec.notGiven ? 'Does not Count' : 'Counts',
            },
          ],
        },
      },
    ],
  };
  return b.add(immunisation, 'immunisations').reference;
};
