import { describe, expect, test } from 'vitest';
import { findEntry, mergeGlossary, readJekyllGlossary } from '../../../src/importer/glossary.ts';

describe('the Jekyll glossary', () => {
  test('reads key: definition maps, with line numbers, spotting acronyms', () => {
    expect(
      readJekyllGlossary(
        'spine: "The national services."\npds: "Personal Demographics Service"\ndirect_patient_care: "Care for a person."\n',
      ),
    ).toEqual([
      { id: 'spine', term: 'spine', definition: 'The national services.', line: 1 },
      {
        id: 'PDS',
        term: 'PDS',
        expansion: 'Personal Demographics Service',
        definition: 'Personal Demographics Service',
        line: 2,
      },
      { id: 'direct-patient-care', term: 'Direct patient care', definition: 'Care for a person.', line: 3 },
    ]);
  });

  test('reads the glossary: [{ title, value }] shape and strips ® from ids', () => {
    expect(readJekyllGlossary('glossary:\n  - title: FHIR&reg;\n    value: "A <b>standard</b>."\n')).toEqual([
      { id: 'FHIR', term: 'FHIR', definition: 'A standard.', line: 2 },
    ]);
  });
});

describe('merging into the portal glossary', () => {
  const handWritten = '# Portal terms\n- id: ASID\n  term: ASID\n  definition: Identifies an accredited system.\n';

  test('appends new entries after the untouched hand-written text', () => {
    const merged = mergeGlossary(
      handWritten,
      [{ id: 'API', term: 'API', definition: 'An interface.', line: 1 }],
      'glossary.yaml',
    );
    expect(merged.text).toBe(`${handWritten}- id: API\n  term: API\n  definition: An interface.\n`);
    expect(merged.added.map((entry) => entry.id)).toEqual(['API']);
  });

  test('keeps the hand-written entry when an imported one names the same term, reporting a conflict only if they differ', () => {
    const same = mergeGlossary(
      handWritten,
      [{ id: 'asid', term: 'asid', definition: 'Identifies an accredited system.', line: 4 }],
      'g.yaml',
    );
    expect(same).toMatchObject({ added: [], conflicts: [], text: handWritten });
    const different = mergeGlossary(
      handWritten,
      [{ id: 'ASID', term: 'ASID', definition: 'Something else.', line: 4 }],
      'g.yaml',
    );
    expect(different.text).toBe(handWritten);
    expect(different.conflicts).toEqual([
      { imported: expect.objectContaining({ line: 4 }), existing: expect.objectContaining({ id: 'ASID' }) },
    ]);
  });

  test('adds nothing the second time, so the file stays the same', () => {
    const imported = [{ id: 'API', term: 'API', definition: 'An interface.', line: 1 }];
    const once = mergeGlossary(handWritten, imported, 'g.yaml');
    expect(mergeGlossary(once.text, imported, 'g.yaml')).toMatchObject({ added: [], text: once.text });
  });

  test('stops on a glossary file the portal itself would reject', () => {
    expect(() => mergeGlossary('- id: X\n', [], 'content/glossary.yaml')).toThrow(
      /content\/glossary.yaml:1  entry "X" has no term/,
    );
  });

  test('finds an entry by id or term, ignoring case and trademark signs', () => {
    const entries = [{ id: 'FHIR', term: 'FHIR', definition: 'd' }];
    expect(findEntry(entries, 'fhir&reg;')?.id).toBe('FHIR');
    expect(findEntry(entries, 'HL7')).toBeUndefined();
  });
});
