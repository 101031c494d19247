import { describe, expect, test } from 'vitest';
import { glossaryAnchor, parseGlossary } from '../../../src/site/glossary.ts';

describe('parseGlossary', () => {
  test('reads entries and sorts them by term', () => {
    const entries = parseGlossary(
      '- id: SSP\n  term: SSP\n  definition: The proxy.\n- id: ASID\n  term: ASID\n  definition: A system id.\n',
    );
    expect(entries.map((entry) => entry.id)).toEqual(['ASID', 'SSP']);
  });

  test('reports every problem with its line, all at once', () => {
    const text =
      '- id: ASID\n  term: ASID\n- id: ASID\n  term: ASID again\n  definition: Twice.\n- id: PDS\n  term: PDS\n  definition: Demographics.\n  see: integration/pds\n';
    expect(() => parseGlossary(text, 'content/glossary.yaml')).toThrowErrorMatchingInlineSnapshot(`
      [ProblemError: Invalid glossary:
      content/glossary.yaml:1  entry "ASID" has no definition
          fix: add a definition: line to it
      content/glossary.yaml:3  id "ASID" is already used on line 1
          fix: give one of them another id, or merge this entry into the one on line 1
      content/glossary.yaml:6  see must be a site path starting with /, found "integration/pds"
          fix: write /integration/pds]
    `);
  });

  test('names the line of a YAML syntax error', () => {
    expect(() => parseGlossary('- id: [unclosed\n', 'g.yaml')).toThrow(
      /^Invalid glossary:\ng\.yaml:2  Flow sequence in block collection must be sufficiently indented/,
    );
  });

  test('rejects a glossary that is not a list', () => {
    expect(() => parseGlossary('id: ASID\n', 'g.yaml')).toThrow(
      'g.yaml:1  the glossary must be a YAML list of entries',
    );
  });
});

test('glossaryAnchor turns an id into a stable fragment', () => {
  expect(glossaryAnchor('ASID')).toBe('term-asid');
  expect(glossaryAnchor('party key')).toBe('term-party-key');
  expect(glossaryAnchor('dm+d')).toBe('term-dm-d');
});
