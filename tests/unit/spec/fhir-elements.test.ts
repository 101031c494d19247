// The hand-kept element lists the JSON path checks bodies against (src/spec/fhir-elements.ts, small enough for the
// try-it page) must say what the generated STU3 table says (src/sandbox/xml/stu3-elements.generated.ts, loaded
// only for XML): this test keeps the two from drifting apart.
import { describe, expect, test } from 'vitest';
import { BACKBONE_ELEMENT, stu3Elements } from '../../../src/spec/fhir-elements.ts';
import { STU3_ELEMENTS } from '../../../src/sandbox/xml/stu3-elements.generated.ts';

/** The generated table's name for a list's owner: `Appointment.participant` is `AppointmentParticipant`. */
const tableName = (owner: string) =>
  owner
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** Every element name of `type` in the generated table, its base types' included. */
function generatedNames(type: string): string[] {
  const entry = STU3_ELEMENTS[type];
  if (entry === undefined) throw new Error(`The generated table has no ${type}.`);
  const [base = '-', ...elements] = entry.split(' ');
  const own = elements.map((element) => element.split(':')[0] as string);
  return [...(base === '-' ? [] : generatedNames(base)), ...own];
}

describe('the STU3 element lists', () => {
  test.each(Object.keys(stu3Elements))('%s lists exactly the elements the generated STU3 table gives it', (type) => {
    const expected = new Set(generatedNames(tableName(type)));
    // JSON names a resource's type in an element of its own; datatypes and backbone elements have none.
    if (STU3_ELEMENTS[tableName(type)]?.startsWith('DomainResource')) expected.add('resourceType');
    expect([...stu3Elements[type as keyof typeof stu3Elements]].sort()).toEqual([...expected].sort());
  });

  test('a BackboneElement has the elements the generated table gives it', () => {
    expect([...BACKBONE_ELEMENT].sort()).toEqual(generatedNames('BackboneElement').sort());
  });
});
