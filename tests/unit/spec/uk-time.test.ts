import { describe, expect, test } from 'vitest';
import {
  addDays,
  fromUkLocal,
  hasCorrectUkOffset,
  toUkDateTime,
  ukDate,
  ukOffsetMinutes,
} from '../../../src/spec/uk-time.ts';

describe('UK time', () => {
  test('uses +00:00 in winter and +01:00 in summer', () => {
    expect(toUkDateTime(new Date('2025-01-15T09:00:00Z'))).toBe('2025-01-15T09:00:00+00:00');
    expect(toUkDateTime(new Date('2025-07-15T08:00:00Z'))).toBe('2025-07-15T09:00:00+01:00');
  });
  test('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(ukOffsetMinutes(new Date('2025-03-30T00:59:00Z'))).toBe(0);
    expect(ukOffsetMinutes(new Date('2025-03-30T01:00:00Z'))).toBe(60);
    expect(ukOffsetMinutes(new Date('2025-10-26T00:59:00Z'))).toBe(60);
    expect(ukOffsetMinutes(new Date('2025-10-26T01:00:00Z'))).toBe(0);
  });
  test('turns UK wall-clock times into instants', () => {
    expect(fromUkLocal('2025-07-15', 9, 0).toISOString()).toBe('2025-07-15T08:00:00.000Z');
    expect(fromUkLocal('2025-12-15', 9, 0).toISOString()).toBe('2025-12-15T09:00:00.000Z');
  });
  test('gives the UK calendar date, which differs from UTC just before midnight in summer', () => {
    expect(ukDate(new Date('2025-07-15T23:30:00Z'))).toBe('2025-07-16');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
  test('rejects an offset that is wrong for the season', () => {
    expect(hasCorrectUkOffset('2025-07-15T09:00:00+01:00')).toBe(true);
    expect(hasCorrectUkOffset('2025-07-15T09:00:00+00:00')).toBe(false);
    expect(hasCorrectUkOffset('2025-01-15T09:00:00+01:00')).toBe(false);
  });
});
