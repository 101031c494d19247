import { describe, expect, test } from 'vitest';
import { SPINE_ERROR_SYSTEM } from '../../../../src/spec/spine-errors.ts';
import { expectedCheckDigit, explainResponse } from '../../../../src/widgets/explain/index.ts';

const outcome = (code: string, diagnostics = '', severity = 'error') => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity, code: 'value', diagnostics, details: { coding: [{ system: SPINE_ERROR_SYSTEM, code }] } }],
});

describe('the OperationOutcome explainer', () => {
  test('explains a wrong check digit with the digit the number needs and links the error row', () => {
    const [explanation] = explainResponse(outcome('INVALID_NHS_NUMBER'), {
      interaction: 'F2',
      url: 'http://x/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937287',
      body: null,
    });
    expect(explanation).toMatchObject({
      code: 'INVALID_NHS_NUMBER',
      display: 'Invalid NHS number',
      cause: '9690937287 fails the Modulus 11 check: with these first nine digits the last digit must be 6.',
      link: '/guidance/error-handling/#error-INVALID_NHS_NUMBER',
    });
  });

  test('names the sensitive flag for a patient not found, reading the NHS number from a Parameters body', () => {
    const body = JSON.stringify({
      parameter: [
        {
          name: 'patientNHSNumber',
          valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690938533' },
        },
      ],
    });
    const [explanation] = explainResponse(outcome('PATIENT_NOT_FOUND'), { interaction: 'S1', url: 'http://x', body });
    expect(explanation?.cause).toContain('patient9 (9690938533) carries the PDS sensitive flag');
  });

  test('maps the underscore spelling of ACCESS DENIED and links its hyphenated anchor', () => {
    const [explanation] = explainResponse(outcome('ACCESS_DENIED'), { interaction: 'S1', url: 'http://x', body: null });
    expect(explanation?.link).toBe('/guidance/error-handling/#error-ACCESS-DENIED');
  });

  test('finds the warning OperationOutcome inside a 200 Bundle', () => {
    const bundle = {
      resourceType: 'Bundle',
      entry: [{ resource: outcome('NOT_IMPLEMENTED', 'includeGenomics', 'warning') }],
    };
    const [explanation] = explainResponse(bundle, { interaction: 'S1', url: 'http://x', body: null });
    expect(explanation?.cause).toMatch(/^A warning, not a failure/);
  });

  test('says when a code is not a Spine code, and explains nothing without an OperationOutcome', () => {
    expect(
      explainResponse(
        { resourceType: 'OperationOutcome', issue: [{ details: { coding: [{ system: 'x', code: 'Y' }] } }] },
        { interaction: 'F1', url: 'http://x', body: null },
      )[0]?.meaning,
    ).toContain('not one of the Spine error');
    expect(explainResponse({ resourceType: 'Patient' }, { interaction: 'F3', url: 'http://x', body: null })).toEqual(
      [],
    );
  });

  test('knows which check digit a number needs, and when none can work', () => {
    expect(expectedCheckDigit('9690937287')).toBe(6);
    expect(expectedCheckDigit('9000000008')).toBe(9);
  });

  test('names the interaction ID as the suspect when the diagnostics mention it', () => {
    const [explanation] = explainResponse(
      outcome(
        'BAD_REQUEST',
        'The Ssp-InteractionID "urn:nhs:names:services:gpconnect:fhir:rest:READ:metadata-1" is not a GP Connect 1.x interaction ID (they are case-sensitive).',
      ),
      { interaction: 'F1', url: 'http://x/metadata', body: null },
    );
    expect(explanation?.cause).toContain('Ssp-InteractionID');
    expect(explanation?.cause).toContain('case-sensitive');
  });

  test('a version conflict reminds consumers that they SHALL send If-Match', () => {
    const [explanation] = explainResponse(outcome('FHIR_CONSTRAINT_VIOLATION'), {
      interaction: 'A4',
      url: 'http://x/Appointment/1',
      body: null,
    });
    expect(explanation?.cause).toContain('SHALL send If-Match');
  });
});
