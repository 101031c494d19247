import { describe, expect, test } from 'vitest';
import { interactions } from '../../../src/spec/interactions.ts';
import { buildDefaultClaims, checkClaims, refreshClaimTimes, toEpochSeconds } from '../../../src/consumer/claims.ts';

const now = new Date('2026-03-02T10:00:00Z');
const aud = 'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect';

describe('JWT claims', () => {
  test('default claims pass every check, with exp exactly iat + 300', () => {
    for (const interaction of Object.values(interactions)) {
      const claims = buildDefaultClaims(interaction, aud, now);
      expect(claims.exp).toBe((claims.iat as number) + 300);
      expect(checkClaims(claims, interaction, now)).toEqual([]);
    }
  });

  test('fits the scope and reason to the interaction', () => {
    expect(buildDefaultClaims(interactions.F1, aud, now).requested_scope).toBe('organization/*.read');
    expect(buildDefaultClaims(interactions.A3, aud, now).requested_scope).toBe('patient/*.write');
    expect(buildDefaultClaims(interactions.S1, aud, now).requested_scope).toBe('patient/*.read conf/N');
    expect(buildDefaultClaims(interactions.S2, aud, now).reason_for_request).toBe('migration');
  });

  test('warns that exp beyond iat + 300 is rejected', () => {
    const claims = buildDefaultClaims(interactions.F2, aud, now);
    const warnings = checkClaims({ ...claims, exp: (claims.exp as number) + 300 }, interactions.F2, now);
    expect(warnings).toEqual([
      {
        claim: 'exp',
        message: 'exp must be exactly iat + 300; here it is iat + 600.',
        outcome: { status: 400, code: 'BAD_REQUEST' },
      },
    ]);
  });

  test('names a missing claim, a wrong scope, a legacy claim and sub differing from the practitioner id', () => {
    const { iss: _iss, ...claims } = buildDefaultClaims(interactions.F2, aud, now);
    const warnings = checkClaims(
      { ...claims, requested_scope: 'organization/*.read', requested_record: {}, sub: '1' },
      interactions.F2,
      now,
    );
    expect(warnings.map((warning) => warning.claim)).toEqual(['iss', 'requested_record', 'requested_scope', 'sub']);
  });

  test('warns about an expired token and a requesting resource of the wrong type', () => {
    const claims = buildDefaultClaims(interactions.F2, aud, new Date(now.getTime() - 3_600_000));
    const warnings = checkClaims({ ...claims, requesting_device: { resourceType: 'Patient' } }, interactions.F2, now);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'exp is in the past, so the token has expired; make a new token for each request.',
      'requesting_device must be a FHIR Device resource (resourceType "Device").',
    ]);
  });

  test('renews iat and exp together', () => {
    const claims = refreshClaimTimes({ iat: 1, exp: 2 }, now);
    expect(claims).toEqual({ iat: toEpochSeconds(now), exp: toEpochSeconds(now) + 300 });
  });
});
