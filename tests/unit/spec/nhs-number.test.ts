import { describe, expect, test } from 'vitest';
import {
  BAD_CHECK_DIGIT_NHS_NUMBER,
  isValidNhsNumber,
  registerCandidates,
  testPatientList,
} from '../../../src/spec/index.ts';

describe('isValidNhsNumber', () => {
  test('accepts every test patient and register candidate number', () => {
    for (const { nhsNumber } of [...testPatientList, ...registerCandidates])
      expect(isValidNhsNumber(nhsNumber)).toBe(true);
  });
  test('rejects a number whose check digit is wrong', () => {
    expect(isValidNhsNumber(BAD_CHECK_DIGIT_NHS_NUMBER)).toBe(false);
  });
  test('rejects numbers that are not exactly ten digits', () => {
    for (const value of ['', '969093727', '96909372860', '969093727a', ' 9690937286', '969-093-7286']) {
      expect(isValidNhsNumber(value)).toBe(false);
    }
  });
  test('rejects every number whose check digit would have to be 10', () => {
    // 000000006: weighted sum 12, 12 mod 11 = 1, so the check digit would be 10, which no digit can match
    for (const digit of '0123456789') expect(isValidNhsNumber(`000000006${digit}`)).toBe(false);
  });
});
