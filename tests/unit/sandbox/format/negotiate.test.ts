// What an Accept header lets the sandbox send. Verdicts are kept per header value, up to a bound: a kept verdict must
// be the one reading the header gives, and headers past the bound must still be read.
import { describe, expect, test } from 'vitest';
import { ACCEPTED_LIMIT, acceptedFormat } from '../../../../src/sandbox/format/negotiate.ts';

describe('acceptedFormat', () => {
  test('gives the same verdict for a header the second time, when it is kept', () => {
    const cases: Array<[string | null, string | undefined]> = [
      ['application/fhir+json;charset=utf-8', 'json'],
      ['application/fhir+xml', 'xml'],
      ['text/html, application/xml;q=0.9, application/json;q=0.5', 'xml'],
      ['application/xml;q=0, application/json', 'json'],
      ['*/*', 'json'],
      ['text/html', undefined],
      [null, 'json'],
      ['  ', 'json'],
    ];
    for (const [accept, expected] of cases) {
      expect(acceptedFormat(accept)).toBe(expected);
      expect(acceptedFormat(accept)).toBe(expected);
    }
  });
  test(`reads every header right after more than ${ACCEPTED_LIMIT} distinct ones`, () => {
    for (let i = 0; i <= 2 * ACCEPTED_LIMIT; i++) {
      expect(acceptedFormat(`application/fhir+xml;q=0.${i % 2 === 0 ? 9 : 1}, text/plain-${i}`)).toBe('xml');
      expect(acceptedFormat(`text/plain-${i}`)).toBeUndefined();
    }
    expect(acceptedFormat('application/fhir+xml')).toBe('xml');
  });
});
