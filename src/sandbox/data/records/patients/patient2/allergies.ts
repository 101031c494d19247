// patient2's allergies: two current, two ended (latex, grass pollen).
import { addAllergy } from '../../items/allergy.ts';
import { snomed, type RecordBuilder } from '../../record.ts';

export const addPatient2Allergies = (b: RecordBuilder) => ({
  penicillin: addAllergy(b, {
    name: 'penicillin',
    code: snomed('91936005', 'Allergy to penicillin'),
    category: 'medication',
    asserted: -1090,
    substance: snomed('372687004', 'Amoxicillin'),
    manifestation: snomed('126485001', 'Urticaria'),
    note: 'Widespread hives on day 3 of amoxicillin for a chest infection.',
  }),
  peanut: addAllergy(b, {
    name: 'peanut',
    code: snomed('91935009', 'Allergy to peanut'),
    category: 'food',
    asserted: -9000,
    manifestation: snomed('39579001', 'Anaphylaxis'),
    note: 'Carries an adrenaline auto-injector.',
  }),
  latex: addAllergy(b, {
    name: 'latex',
    code: snomed('300916003', 'Latex allergy'),
    category: 'environment',
    asserted: -3000,
    ended: { on: -400, reason: 'Negative on repeat testing' },
  }),
  grassPollen: addAllergy(b, {
    name: 'grass-pollen',
    code: snomed('418689008', 'Allergy to grass pollen'),
    category: 'environment',
    asserted: -5200,
    ended: { on: -800, reason: 'No symptoms for three seasons' },
  }),
});
