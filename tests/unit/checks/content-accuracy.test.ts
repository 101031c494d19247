import { expect, test } from 'vitest';
import { checkIdentifiers, checkReferencePages, pathOfContentFile } from '../../../src/checks/content-accuracy.ts';
import { interactions } from '../../../src/spec/index.ts';

test('accepts identifiers that src/spec defines', () => {
  const text = [
    `Send \`Ssp-InteractionID: ${interactions.F2.id}\` with Ssp-TraceID.`,
    'A bad number gives INVALID_NHS_NUMBER; a disabled practice gives ACCESS DENIED.',
    'Search with https://fhir.nhs.uk/Id/nhs-number|9690937286.',
    'The SSP answers ASID_CHECK_FAILED_MESSAGESENDER_200000000115.',
  ].join('\n');
  expect(checkIdentifiers({ file: 'content/x.mdx', text })).toEqual([]);
});

test('reports each unknown identifier with its line and column', () => {
  const text =
    'Intro.\nUse Ssp-TraceId and urn:nhs:names:services:gpconnect:fhir:rest:search:patients-1.\nOr INVALID_NHS_NUMBERS.';
  expect(checkIdentifiers({ file: 'content/x.mdx', text }).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
    '2:21 unknown interaction ID "urn:nhs:names:services:gpconnect:fhir:rest:search:patients-1": src/spec does not define it',
    '2:5 unknown Ssp-* header "Ssp-TraceId": src/spec does not define it',
    '3:4 unknown Spine error code "INVALID_NHS_NUMBERS": src/spec does not define it',
  ]);
});

test('reports unknown identifier systems and profile URLs', () => {
  const text =
    'https://fhir.nhs.uk/Id/nhs-numbers and https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-9';
  expect(checkIdentifiers({ file: 'c.mdx', text }).map((p) => p.message)).toEqual([
    'unknown identifier or code system "https://fhir.nhs.uk/Id/nhs-numbers": src/spec does not define it',
    'unknown profile URL "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-9": src/spec does not define it',
  ]);
});

test('requires a reference page with a widget for every interaction', () => {
  const problems = checkReferencePages([
    { file: 'content/foundations/find-a-patient.mdx', text: '<TryIt interaction="F2" example="find-patient2" />' },
    { file: 'content/foundations/read-a-patient.mdx', text: 'No widget here.' },
  ]);
  expect(problems.some((p) => p.message.startsWith('F2'))).toBe(false);
  expect(problems).toContainEqual(
    expect.objectContaining({
      file: 'content/foundations/read-a-patient.mdx',
      message: 'the reference page of F3 has no <TryIt interaction="F3">',
    }),
  );
  expect(problems).toContainEqual(
    expect.objectContaining({
      message: expect.stringMatching(/^A1 \(.*\) has no reference page at \/appointments\/search-for-free-slots\/$/),
    }),
  );
});

test('maps a content file to its site path', () => {
  expect(pathOfContentFile('content/guidance/jwt.mdx')).toBe('/guidance/jwt/');
  expect(pathOfContentFile('content/index.mdx')).toBe('/');
});
