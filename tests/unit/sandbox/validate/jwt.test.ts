import { describe, expect, test } from 'vitest';
import { base64url } from 'jose';
import { createSandbox, SpineError } from '../../../../src/sandbox/index.ts';
import { verifyJwt } from '../../../../src/sandbox/validate/jwt.ts';
import { interactions } from '../../../../src/spec/index.ts';
import { encodeJwt, gpcRequest, readOutcome, validClaims } from '../gpc-request.ts';

const { handle } = createSandbox();
const F2_QUERY = 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286';
const now = () => Math.floor(Date.now() / 1000);

async function withClaims(change: (claims: Record<string, any>) => void, key: 'F2' | 'S1' | 'A6' | 'F9' | 'S2' = 'F2') {
  const claims = validClaims(key);
  change(claims);
  return readOutcome(await handle(gpcRequest(key, { query: key === 'F2' ? F2_QUERY : 'start=x', claims })));
}
const withToken = async (token: string | null) =>
  readOutcome(
    await handle(gpcRequest('F2', { query: F2_QUERY, headers: { Authorization: token === null ? null : token } })),
  );

describe('the JWT', () => {
  test('accepts a valid token', async () => {
    expect((await handle(gpcRequest('F2', { query: F2_QUERY }))).status).toBe(200);
  });
  test('rejects a request without Authorization with 400 BAD_REQUEST', async () => {
    expect(await withToken(null)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects a scheme other than Bearer with 400 BAD_REQUEST', async () => {
    expect(await withToken(`Basic ${encodeJwt(validClaims('F2'))}`)).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
  test('rejects a token without its trailing dot with 400 BAD_REQUEST', async () => {
    const outcome = await withToken(`Bearer ${encodeJwt(validClaims('F2')).slice(0, -1)}`);
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The JWT must have a header, a payload and an empty signature (header.payload.), but it has 2 part(s)."`,
    );
  });
  test('rejects a signed token with 400 BAD_REQUEST', async () => {
    expect(await withToken(`Bearer ${encodeJwt(validClaims('F2'))}c2ln`)).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
  test('rejects standard base64 with padding with 400 BAD_REQUEST', async () => {
    const [header, payload] = encodeJwt(validClaims('F2')).split('.');
    const outcome = await withToken(`Bearer ${header}.${payload}==.`);
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The JWT payload is not base64url: use the URL-safe alphabet (- and _) without = padding."`,
    );
  });
  test('rejects a payload that is not JSON with 400 BAD_REQUEST', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    expect(await withToken(`Bearer ${header}.${base64url.encode('{not json')}.`)).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
  test('rejects a header other than {"alg":"none","typ":"JWT"} with 400 BAD_REQUEST', async () => {
    for (const header of [{ alg: 'HS256', typ: 'JWT' }, { alg: 'none' }, { alg: 'none', typ: 'JWT', kid: '1' }]) {
      expect(await withToken(`Bearer ${encodeJwt(validClaims('F2'), header)}`)).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
      });
    }
  });
  test.each([
    'iss',
    'sub',
    'aud',
    'exp',
    'iat',
    'reason_for_request',
    'requested_scope',
    'requesting_device',
    'requesting_organization',
    'requesting_practitioner',
  ])('rejects a token without %s with 400 BAD_REQUEST', async (claim) => {
    const outcome = await withClaims((c) => {
      delete c[claim];
    });
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toBe(`JWT JSON entry incomplete: claim ${claim} is null or missing.`);
  });
  test('rejects exp more than 300 seconds after iat with 400 BAD_REQUEST', async () => {
    const outcome = await withClaims((c) => {
      c.exp = c.iat + 301;
    });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"JWT claim exp must be exactly 300 seconds after iat; it is 301 seconds after."`,
    );
  });
  test('rejects exp less than 300 seconds after iat with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.exp = c.iat + 299;
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects an expired token with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.iat = now() - 400;
        c.exp = c.iat + 300;
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects a token from a clock 600 seconds slow with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.iat = now() - 600;
        c.exp = c.iat + 300;
      }),
    ).toMatchObject({ status: 400 });
  });
  test('accepts iat 200 seconds in the future, inside the leeway', async () => {
    const claims = validClaims('F2', now() + 200);
    expect((await handle(gpcRequest('F2', { query: F2_QUERY, claims }))).status).toBe(200);
  });
  test('rejects iat more than 600 seconds in the future with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.iat = now() + 700;
        c.exp = c.iat + 300;
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects non-integer times with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.iat = String(c.iat);
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects sub that differs from requesting_practitioner.id with 400 BAD_REQUEST', async () => {
    const outcome = await withClaims((c) => {
      c.sub = '99999';
    });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"JWT claim sub ("99999") must equal requesting_practitioner.id ("10019")."`,
    );
  });
  test('rejects an unknown requested_scope with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.requested_scope = 'patient/*.admin';
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects a scope that does not fit the interaction with 400 BAD_REQUEST', async () => {
    const outcome = await withClaims((c) => {
      c.requested_scope = 'organization/*.read';
    });
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"JWT claim requested_scope "organization/*.read" does not fit Find a patient, which needs patient/*.read."`,
    );
  });
  test('rejects a write scope on a read with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.requested_scope = 'patient/*.write';
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects conf/N on an interaction that takes no confidentiality with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.requested_scope = 'patient/*.read conf/N';
      }),
    ).toMatchObject({ status: 400 });
  });
  test('rejects conf/R outside the migrate interactions with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.requested_scope = 'patient/*.read conf/R';
      }, 'S1'),
    ).toMatchObject({ status: 400 });
  });
  test('rejects an unknown reason_for_request with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.reason_for_request = 'curiosity';
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects migration as the reason for a direct-care interaction with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.reason_for_request = 'migration';
      }),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects the 0.x requested_record claim with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.requested_record = { resourceType: 'Patient' };
      }),
    ).toMatchObject({ status: 400 });
  });
  test('rejects the 0.x audience with 400 BAD_REQUEST', async () => {
    expect(
      await withClaims((c) => {
        c.aud = 'https://authorize.fhir.nhs.net/token';
      }),
    ).toMatchObject({ status: 400 });
  });
  test('rejects a requesting_practitioner that is a Patient with 400 BAD_REQUEST, the error page example', async () => {
    const outcome = await withClaims((c) => {
      c.requesting_practitioner.resourceType = 'Patient';
    });
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"JWT claim requesting_practitioner must be a FHIR Practitioner; its resourceType is "Patient"."`,
    );
  });
  test('rejects a requesting_device that is not a resource with 422 INVALID_RESOURCE', async () => {
    expect(
      await withClaims((c) => {
        c.requesting_device = 'CONS-APP-4';
      }),
    ).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test.each([
    [
      'requesting_device.model',
      (c: Record<string, any>) => {
        delete c.requesting_device.model;
      },
    ],
    [
      'requesting_device.version',
      (c: Record<string, any>) => {
        delete c.requesting_device.version;
      },
    ],
    [
      'requesting_device.identifier',
      (c: Record<string, any>) => {
        c.requesting_device.identifier = [];
      },
    ],
    [
      'requesting_organization.name',
      (c: Record<string, any>) => {
        delete c.requesting_organization.name;
      },
    ],
    [
      'requesting_organization.identifier',
      (c: Record<string, any>) => {
        c.requesting_organization.identifier[0].system = 'x';
      },
    ],
    [
      'requesting_practitioner.name.family',
      (c: Record<string, any>) => {
        delete c.requesting_practitioner.name[0].family;
      },
    ],
    [
      'requesting_practitioner.name.given',
      (c: Record<string, any>) => {
        c.requesting_practitioner.name[0].given = [];
      },
    ],
    [
      'requesting_practitioner.identifier',
      (c: Record<string, any>) => {
        c.requesting_practitioner.identifier.shift();
      },
    ],
  ])('rejects a token missing %s with 400 BAD_REQUEST', async (path, change) => {
    const outcome = await withClaims(change);
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toContain(path);
  });
  test('accepts UNK identifiers and a practitioner without role profile or local id', async () => {
    const claims = validClaims('F2');
    (claims.requesting_practitioner as any).identifier = [
      { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: 'UNK' },
    ];
    expect((await handle(gpcRequest('F2', { query: F2_QUERY, claims }))).status).toBe(200);
  });
});

describe('a token sent again', () => {
  // verifyJwt remembers tokens that passed; what depends on the clock or the interaction is checked every time.
  const at = (seconds: number) => new Date(seconds * 1000);
  const issued = 1_800_000_000;
  const bearer = (claims: Record<string, unknown>) => `Bearer ${encodeJwt(claims)}`;
  const diagnosticsOf = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      return error instanceof SpineError ? `${error.code}: ${error.diagnostics}` : String(error);
    }
    return 'accepted';
  };

  test('is rejected once it has expired, though it passed before', () => {
    const token = bearer(validClaims('F2', issued));
    expect(verifyJwt(token, interactions.F2, at(issued + 10)).iss).toBe(validClaims('F2', issued).iss);
    expect(diagnosticsOf(() => verifyJwt(token, interactions.F2, at(issued + 300)))).toMatchInlineSnapshot(
      `"BAD_REQUEST: The JWT has expired: exp 1800000300 is not after the current time 1800000300."`,
    );
  });
  test('is rejected for an interaction its reason_for_request does not fit, though it passed for another', () => {
    const token = bearer(validClaims('F2', issued + 1));
    verifyJwt(token, interactions.F2, at(issued + 2));
    expect(diagnosticsOf(() => verifyJwt(token, interactions.S2, at(issued + 2)))).toMatchInlineSnapshot(
      `"BAD_REQUEST: JWT claim reason_for_request must be migration for Migrate structured record; received directcare."`,
    );
  });
  test('is rejected where its confidentiality does not fit, though it passed where it did', () => {
    const token = bearer({ ...validClaims('S1', issued + 2), requested_scope: 'patient/*.read conf/N' });
    verifyJwt(token, interactions.S1, at(issued + 3));
    expect(diagnosticsOf(() => verifyJwt(token, interactions.F2, at(issued + 3)))).toMatchInlineSnapshot(
      `"BAD_REQUEST: JWT claim requested_scope may not carry conf/N for Find a patient; send patient/*.read alone."`,
    );
  });
  test('is rejected once it has expired when it is the token sent last, and never answers for another token', () => {
    const first = bearer(validClaims('F2', issued + 4));
    const second = bearer({ ...validClaims('F2', issued + 4), sub: '10020', requesting_practitioner: undefined });
    for (let i = 0; i < 3; i++) expect(verifyJwt(first, interactions.F2, at(issued + 5)).sub).toBe('10019');
    // The second token differs from the one sent last only in its claims, and is checked as itself.
    expect(diagnosticsOf(() => verifyJwt(second, interactions.F2, at(issued + 5)))).toMatch(
      /^BAD_REQUEST: JWT JSON entry incomplete/,
    );
    expect(verifyJwt(first, interactions.F2, at(issued + 5)).sub).toBe('10019');
    expect(diagnosticsOf(() => verifyJwt(first, interactions.F2, at(issued + 304)))).toMatch(
      /^BAD_REQUEST: The JWT has expired/,
    );
  });
  test('gives claims that cannot be changed, since every request with that token shares them', () => {
    const claims = verifyJwt(bearer(validClaims('F2', issued + 3)), interactions.F2, at(issued + 4));
    expect(Object.isFrozen(claims) && Object.isFrozen(claims.requesting_practitioner.name[0])).toBe(true);
  });
});
