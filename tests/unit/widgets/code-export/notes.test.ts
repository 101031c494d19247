import { describe, expect, test } from 'vitest';
import { describePrerequisites, describeTokenExpiry } from '../../../../src/widgets/code-export/notes.ts';
import { encodeJwt } from '../../../../src/consumer/jwt.ts';

const withToken = (token: string) => ({
  method: 'GET',
  url: 'http://127.0.0.1:4010/',
  headers: [['Authorization', `Bearer ${token}`]] as Array<[string, string]>,
  body: null,
});

describe('copy notes', () => {
  test('says when the copied token expires and how long it lives', () => {
    const iat = Date.UTC(2026, 0, 2, 14, 0, 0) / 1000;
    expect(describeTokenExpiry(withToken(encodeJwt({ iat, exp: iat + 300 })))).toBe(
      'The JWT in this request expires at 2026-01-02 14:05:00 UTC (5 minutes after it was issued); copy again for a fresh token and Ssp-TraceID.',
    );
  });

  test('warns when the token has no readable exp', () => {
    expect(describeTokenExpiry(withToken('not-a-jwt'))).toMatch(/no readable exp claim/);
    expect(describeTokenExpiry({ ...withToken(''), headers: [] })).toBeUndefined();
  });

  test('lists the requests that supplied the ids, and says page-made ids exist only in the page', () => {
    expect(describePrerequisites(['Search for free slots → 200 OK'], 'server')).toEqual([
      'Its ids come from requests just sent:',
      '  Search for free slots → 200 OK',
    ]);
    expect(describePrerequisites([], 'page')).toEqual([
      'Its ids come from requests sent earlier from this page.',
      'They were made in the sandbox inside the page; for a server, choose "Send to" that server and copy again.',
    ]);
  });
});
