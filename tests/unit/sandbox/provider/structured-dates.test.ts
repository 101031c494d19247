// Date rules of the structured record filters: partial dates as intervals, undated items, medication activity.
import type { MedicationRequest, MedicationStatement } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { isActiveFrom, isDueBy, isInPeriod, toInterval } from '../../../../src/sandbox/provider/structured/dates.ts';
import { extensions } from '../../../../src/spec/index.ts';

const plan = (type: 'acute' | 'repeat'): MedicationRequest => ({
  resourceType: 'MedicationRequest',
  status: 'active',
  intent: 'plan',
  subject: {},
  extension: [{ url: extensions.prescriptionType, valueCodeableConcept: { coding: [{ code: type }] } }],
});
const statement = (start: string, end?: string): MedicationStatement => ({
  resourceType: 'MedicationStatement',
  status: 'active',
  subject: {},
  taken: 'unk',
  effectivePeriod: { start, ...(end ? { end } : {}) },
});

describe('structured record dates', () => {
  test('reads a year or a month as the whole interval', () => {
    expect(toInterval('2019')).toEqual(['2019-01-01', '2019-12-31']);
    expect(toInterval('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(toInterval('2024-02-10T09:00:00+00:00')).toEqual(['2024-02-10', '2024-02-10']);
  });

  test('includes an item whose partial date overlaps the period, and every undated item', () => {
    expect(isInPeriod('2019', { start: '2019-06-01', end: '2019-06-30' })).toBe(true);
    expect(isInPeriod('2019-05', { start: '2019-06-01' })).toBe(false);
    expect(isInPeriod(undefined, { start: '2019-06-01' })).toBe(true);
  });

  test('counts diary entries due on or before the search date', () => {
    expect(isDueBy('2030-01-01', '2030-01-01')).toBe(true);
    expect(isDueBy('2030-01-02', '2030-01-01')).toBe(false);
  });

  test('treats an acute without an end as active on its start day only, and a repeat as active from its start', () => {
    expect(isActiveFrom(statement('2020-01-01'), plan('acute'), '2020-06-01')).toBe(false);
    expect(isActiveFrom(statement('2020-01-01'), plan('repeat'), '2020-06-01')).toBe(true);
    expect(isActiveFrom(statement('2020-01-01', '2020-05-31'), plan('repeat'), '2020-06-01')).toBe(false);
    expect(isActiveFrom(statement('2020-01-01', '2020-06-01'), plan('repeat'), '2020-06-01')).toBe(true);
  });
});
