import { describe, expect, test } from 'vitest';
import { SPINE_CODE_ALIASES, isSpineCode, spineCodes, spineErrors, sspErrors } from '../../../src/spec/index.ts';

describe('spineErrors', () => {
  test('holds the 20 codes of the GP Connect error table', () => {
    expect(spineCodes.filter((code) => spineErrors[code].gpConnect)).toHaveLength(20);
  });
  test('uses the spellings and displays of the Spine error CodeSystem (development_fhir_error_handling_guidance.html)', () => {
    expect(spineErrors['ACCESS DENIED']).toMatchObject({
      status: 403,
      issueCode: 'forbidden',
      display: 'Access has been denied to process this request',
    });
    expect(spineErrors.NO_ORGANISATIONAL_CONSENT.status).toBe(403);
    expect(spineErrors.BAD_REQUEST.display).toBe('Bad request');
    expect(spineErrors.PATIENT_NOT_FOUND.display).toBe('Patient not found');
    expect('NOT_AUTHORISED' in spineErrors).toBe(false);
  });
  test('accepts the other spellings as aliases of the emitted codes', () => {
    expect(SPINE_CODE_ALIASES.ACCESS_DENIED).toBe('ACCESS DENIED');
    expect(SPINE_CODE_ALIASES.NO_ORGANISATION_CONSENT).toBe('NO_ORGANISATIONAL_CONSENT');
    expect(isSpineCode('ACCESS_DENIED')).toBe(true);
    expect(isSpineCode('NOT_AUTHORISED')).toBe(false);
  });
  test('pairs each table code with its HTTP status', () => {
    const statuses = Object.fromEntries(
      spineCodes.filter((c) => spineErrors[c].gpConnect).map((c) => [c, spineErrors[c].status]),
    );
    expect(statuses).toMatchObject({
      INVALID_NHS_NUMBER: 400,
      INVALID_RESOURCE: 422,
      INVALID_PARAMETER: 422,
      REFERENCE_NOT_FOUND: 422,
      DUPLICATE_REJECTED: 409,
      NO_PATIENT_CONSENT: 403,
      NOT_IMPLEMENTED: 501,
      INTERNAL_SERVER_ERROR: 500,
    });
  });
  test('describes the SSP errors with their status and pattern', () => {
    expect(sspErrors.targetUrlMismatch).toMatchObject({
      status: 400,
      pattern: 'ENDPOINT_<sds endpoint>_CPAID_<cpaid>_VARIES_FROM_TARGETURL_<target>',
    });
    expect(sspErrors.endpointUnreachable.status).toBe(502);
  });
});
