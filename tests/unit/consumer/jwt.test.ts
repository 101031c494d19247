import { decodeJwt as joseDecode, UnsecuredJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { decodeBase64Url, decodeJwt, encodeBase64Url, encodeJwt } from '../../../src/consumer/jwt.ts';

describe('the unsigned JWT codec', () => {
  test('encodes header and payload as base64url and keeps the empty signature after a trailing dot', () => {
    const token = encodeJwt({ sub: '10019' });
    expect(token.endsWith('.')).toBe(true);
    expect(token.split('.')).toHaveLength(3);
    expect(token).not.toMatch(/[+/=]/);
    expect(JSON.parse(decodeBase64Url(token.split('.')[0]!))).toEqual({ alg: 'none', typ: 'JWT' });
  });

  test('produces tokens that jose reads back, and reads tokens that jose writes', () => {
    const payload = { sub: 'ü-10019', iat: 1, exp: 301 };
    expect(joseDecode(encodeJwt(payload))).toEqual(payload);
    const decoded = decodeJwt(new UnsecuredJWT(payload).encode());
    expect(decoded.ok && decoded.payload).toEqual(payload);
  });

  test('round-trips UTF-8 text through base64url', () => {
    expect(decodeBase64Url(encodeBase64Url('Dr Zoë Ångström ✓'))).toBe('Dr Zoë Ångström ✓');
  });

  test('says how many parts a token without its trailing dot has', () => {
    const token = encodeJwt({ a: 1 }).slice(0, -1);
    expect(decodeJwt(token)).toEqual({
      ok: false,
      error: "A GP Connect JWT has three parts separated by '.', the last one empty; this one has 2.",
    });
  });

  test('refuses a signature, padding and a payload that is not an object', () => {
    expect(decodeJwt(`${encodeJwt({ a: 1 })}abc`).ok).toBe(false);
    expect(decodeJwt('eyJhbGciOiJub25lIn0=.e30.')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not base64url'),
    });
    expect(decodeJwt(`${encodeBase64Url('{}')}.${encodeBase64Url('[1]')}.`)).toMatchObject({ ok: false });
  });
});
