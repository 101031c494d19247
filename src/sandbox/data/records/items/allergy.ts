// Builds AllergyIntolerance items: current, ended (with the end extension) and "no known allergies".
import type { AllergyIntolerance, CodeableConcept } from 'fhir/r3';
import { extensions, NO_KNOWN_ALLERGY } from '../../../../spec/profiles.ts';
import { snomed, type RecordBuilder } from '../record.ts';

export interface AllergySpec {
  name: string;
  code: CodeableConcept;
  category: 'food' | 'medication' | 'environment';
  /** Days from now it was recorded (negative). */
  asserted: number;
  substance?: CodeableConcept;
  manifestation?: CodeableConcept;
  /** Ended: days from now it ended, and why (a legacy ended allergy may have no reason). */
  ended?: { on: number; reason?: string };
  confidential?: boolean;
  note?: string;
}

/** Adds one allergy to the allergies area and returns its `Type/id` key. */
export const addAllergy = (b: RecordBuilder, spec: AllergySpec): string => {
  const id = b.id(`allergy-${spec.name}`);
  const ended = spec.ended;
  const allergy: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    id,
    meta: b.meta('allergyIntolerance', spec.confidential),
    ...(ended
      ? {
          extension: [
            {
              url: extensions.allergyIntoleranceEnd,
              extension: [
                { url: 'endDate', valueDateTime: b.date(ended.on) },
                ...(ended.reason ? [{ url: 'reasonEnded', valueString: ended.reason }] : []),
              ],
            },
          ],
        }
      : {}),
    identifier: b.identifier(id),
    clinicalStatus: ended ? 'resolved' : 'active',
    verificationStatus: 'unconfirmed',
    category: [spec.category],
    code: spec.code,
    patient: { reference: b.subject.patient },
    onsetDateTime: b.date(spec.asserted),
    assertedDate: b.dateTime(spec.asserted),
    recorder: { reference: b.subject.gp },
    ...(spec.substance || spec.manifestation
      ? {
          reaction: [
            {
              ...(spec.substance ? { substance: spec.substance } : {}),
              manifestation: [spec.manifestation ?? snomed('419076005', 'Allergic reaction')],
            },
          ],
        }
      : {}),
    ...(spec.note ? { note: [{ text: spec.note }] } : {}),
  };
  return b.add(allergy, 'allergies', { confidential: spec.confidential }).reference;
};

/** Adds the explicit "No known allergy" entry (SNOMED 716186003). */
export const addNoKnownAllergies = (b: RecordBuilder, asserted: number): string => {
  const id = b.id('allergy-none-known');
  const allergy: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    id,
    meta: b.meta('allergyIntolerance'),
    identifier: b.identifier(id),
    clinicalStatus: 'active',
    verificationStatus: 'unconfirmed',
    category: ['medication'],
    code: snomed(NO_KNOWN_ALLERGY.code, NO_KNOWN_ALLERGY.display),
    patient: { reference: b.subject.patient },
    assertedDate: b.dateTime(asserted),
    recorder: { reference: b.subject.gp },
  };
  return b.add(allergy, 'allergies').reference;
};
