import { describe, expect, test } from 'vitest';
import {
  checkDisplays,
  checkGlossary,
  checkInteractionMethods,
  checkProfileVersions,
  checkReleaseNotes,
  collectDisplays,
  headingSlugs,
} from '../../../src/checks/spec-facts.ts';
import { interactions, profiles, releases, specGlossaryTerms, spineErrors } from '../../../src/spec/index.ts';

const file = 'content/x.mdx';
const where = (problems: { line?: number; column?: number; message: string }[]) =>
  problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('checkDisplays', () => {
  test('reports a Spine code whose display in a JSON sample is not the code system display', () => {
    const text = ['{', '  "code": "ACCESS DENIED",', '  "display": "Access denied"', '}'].join('\n');
    expect(where(checkDisplays({ file, text }))).toEqual([
      `2:3 ACCESS DENIED is shown as "Access denied", but src/spec gives "${spineErrors['ACCESS DENIED'].display}"`,
    ]);
  });

  test('accepts a display that src/spec holds, on the same line or the next', () => {
    const text = [
      '{ "code": "PATIENT_NOT_FOUND", "display": "Patient not found" }',
      '{ "code": "01",',
      '  "display": "Number present and verified" }',
    ].join('\n');
    expect(checkDisplays({ file, text })).toEqual([]);
  });

  test('does not pair a code with the display of the next object', () => {
    const text = ['{ "code": "PATIENT_NOT_FOUND" },', '{ "display": "Something else" }'].join('\n');
    expect(checkDisplays({ file, text })).toEqual([]);
  });

  test('reports a prose display in parentheses that differs from src/spec only in wording', () => {
    const text = 'Filter on `gp-practice` (GP practice) or `urgent-care` (Urgent Care).';
    expect(where(checkDisplays({ file, text }))).toEqual([
      '1:11 gp-practice is shown as "GP practice", but src/spec gives "GP Practice"',
    ]);
  });

  test('leaves alone a parenthesis that is an explanation, not a display', () => {
    expect(checkDisplays({ file, text: 'Only `T` (the one register creates) is used.' })).toEqual([]);
  });

  test('ignores codes src/spec does not hold', () => {
    expect(checkDisplays({ file, text: '"code": "XYZ", "display": "Anything"' })).toEqual([]);
  });

  test('collects code/display pairs from every shape src/spec uses', () => {
    const index = collectDisplays({
      a: { code: '1', display: 'One' },
      table: { CODE_TWO: { display: 'Two' } },
      map: {
        R0260: 'General Medical Practitioner',
        'gp-practice': 'GP Practice',
        lowerKey: 'not a code',
        URL: 'https://example.org/',
      },
    });
    expect(Object.fromEntries([...index].map(([code, set]) => [code, [...set]]))).toEqual({
      '1': ['One'],
      CODE_TWO: ['Two'],
      R0260: ['General Medical Practitioner'],
      'gp-practice': ['GP Practice'],
    });
  });
});

describe('checkProfileVersions', () => {
  test('reports a _history version that differs from src/spec', () => {
    const text = `{ "reference": "${profiles.patient.url}/_history/1.7" }`;
    expect(where(checkProfileVersions({ file, text }))).toEqual([
      `1:17 ${profiles.patient.url} is cited at version 1.7, but src/spec records 1.8 / 1.8.0`,
    ]);
  });

  test('accepts the version src/spec records', () => {
    expect(checkProfileVersions({ file, text: `${profiles.patient.url}/_history/1.8` })).toEqual([]);
  });
});

describe('checkInteractionMethods', () => {
  test('reports an interaction ID sent with another method than src/spec gives it', () => {
    const text = [
      '```http',
      'GET /B82617/STU3/1/gpconnect/Appointment/1 HTTP/1.1',
      `Ssp-InteractionID: ${interactions.A3.id}`,
      '```',
    ].join('\n');
    const problems = checkInteractionMethods({ file, text });
    expect(problems).toHaveLength(interactions.A3.method === 'GET' ? 0 : 1);
    expect(problems[0]?.message).toContain(`is sent with GET, but src/spec gives ${interactions.A3.method}`);
  });

  test('accepts the method src/spec gives and looks at each code block on its own', () => {
    const text = [
      '```http',
      `${interactions.F2.method} /B82617/STU3/1/gpconnect/Patient?identifier=x HTTP/1.1`,
      `Ssp-InteractionID: ${interactions.F2.id}`,
      '```',
      '```http',
      `Ssp-InteractionID: ${interactions.A3.id}`,
      '```',
    ].join('\n');
    expect(checkInteractionMethods({ file, text })).toEqual([]);
  });
});

describe('checkGlossary', () => {
  const allIds = new Set(specGlossaryTerms.map((term) => term.id));

  test('passes when every specification term has an entry', () => {
    expect(checkGlossary([], { ids: allIds })).toEqual([]);
  });

  test('names each specification term that has no entry', () => {
    const ids = new Set([...allIds].filter((id) => id !== 'FQDN'));
    expect(checkGlossary([], { ids }).map((problem) => problem.message)).toEqual([
      'the specification\'s glossary term "Fully Qualified Domain Name" has no entry (id FQDN)',
    ]);
  });

  test('reports an abbreviation used in prose without its entry, but not inside code', () => {
    const ids = new Set([...allIds].filter((id) => id !== 'LDAP'));
    const text = ['SDS answers LDAP queries.', '`LDAP` in code is fine.', '```', 'LDAP', '```'].join('\n');
    expect(where(checkGlossary([{ file, text }], { ids })).slice(1)).toEqual([
      '1:13 LDAP is used but the glossary has no entry for it',
    ]);
  });

  test('reports a <Term> whose id the glossary lacks', () => {
    expect(where(checkGlossary([{ file, text: 'See <Term id="NOPE" />.' }], { ids: allIds }))).toEqual([
      '1:5 <Term id="NOPE"> names no glossary entry',
    ]);
  });
});

describe('checkReleaseNotes', () => {
  const release = releases.find((entry) => entry.notes.includes('#'))!;
  const [path = ''] = release.notes.split('#');
  const pageFile = `content${path.replace(/\/$/, '')}.mdx`;

  test('reports a release whose notes page does not exist', () => {
    const problems = checkReleaseNotes([]);
    expect(problems).toHaveLength(releases.length);
    expect(problems[0]?.message).toBe(
      `release ${releases[0]!.version} has no notes page at ${releases[0]!.notes.split('#')[0]}`,
    );
  });

  test('reports a notes page without the section of the release', () => {
    const problems = checkReleaseNotes([{ file: pageFile, text: '## Something else' }]);
    expect(problems.map((problem) => problem.message)).toContain(
      `the notes page ${path} has no heading for release ${release.version} (#${release.notes.split('#')[1]})`,
    );
  });

  test('turns headings into the anchors the site gives them', () => {
    expect([...headingSlugs('## 1.3.1-beta\n### Access Document 1.0.0-beta\n## `NOPAT` labels')]).toEqual([
      '131-beta',
      'access-document-100-beta',
      'nopat-labels',
    ]);
  });
});
