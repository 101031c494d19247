// The synthetic clinical records: complete, self-consistent, dated relative to now, and cheap until a file is read.
import type { Observation, Resource } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { findRecord, recordNhsNumbers } from '../../../../../src/sandbox/data/records/index.ts';
import { toGuid } from '../../../../../src/sandbox/data/records/record.ts';
import { testPatients } from '../../../../../src/spec/index.ts';
import { now, subject } from './record-subject.ts';

const referencesIn = (node: unknown, found: string[] = []): string[] => {
  if (Array.isArray(node)) node.forEach((child) => referencesIn(child, found));
  else if (node && typeof node === 'object') {
    const { reference } = node as { reference?: unknown };
    if (typeof reference === 'string') found.push(reference);
    Object.values(node).forEach((child) => referencesIn(child, found));
  }
  return found;
};

describe('clinical records', () => {
  test.each(recordNhsNumbers())(
    'resolves every reference of %s inside the record or to the patient, practice and GP',
    (nhs) => {
      const record = findRecord(nhs, now, subject);
      const known = new Set([
        ...record.resources.keys(),
        subject.patient,
        subject.practice,
        subject.gp,
        ...[...record.consultationLists.values()].flat().map((l) => `List/${l.id}`),
      ]);
      const resources: Resource[] = [...record.resources.values(), ...[...record.consultationLists.values()].flat()];
      const dangling = resources.flatMap((r) =>
        referencesIn(r)
          .filter((ref) => !known.has(ref))
          .map((ref) => `${r.resourceType}/${r.id} → ${ref}`),
      );
      expect(dangling).toEqual([]);
      expect(resources.filter((r) => !r.meta?.profile?.length).map((r) => r.id)).toEqual([]);
    },
  );

  test('gives patient2 items in every clinical area', () => {
    const record = findRecord(testPatients.patient2.nhsNumber, now, subject);
    for (const [area, keys] of Object.entries(record.items)) expect(keys.length, area).toBeGreaterThan(0);
    expect(record.confidential.size).toBeGreaterThanOrEqual(3);
  });

  test('keeps resource ids unique across patients', () => {
    const ids = recordNhsNumbers().flatMap((nhs) =>
      [...findRecord(nhs, now, subject).resources.keys()].filter((key) => !key.includes('/rec-')),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('dates items relative to now, so the most recent blood pressure is always ten days old', () => {
    for (const when of [now, new Date('2031-07-01T08:00:00Z')]) {
      const record = findRecord(testPatients.patient2.nhsNumber, when, subject);
      const bp = record.resources.get('Observation/p2-obs-bp-recent') as Observation;
      expect(bp.effectiveDateTime?.slice(0, 10)).toBe(
        new Date(when.getTime() - 10 * 86_400_000).toISOString().slice(0, 10),
      );
    }
  });

  test("describes patient4's 6 MB file without making its bytes until asked", () => {
    const record = findRecord(testPatients.patient4.nhsNumber, now, subject);
    const [binary] = [...record.binaries.values()];
    expect(binary?.size).toBe(6 * 1024 * 1024);
    expect(typeof binary?.base64).toBe('function');
  });

  test("marks patient13's record as in transit since registration", () => {
    expect(findRecord(testPatients.patient13.nhsNumber, now, subject).inTransitSince).toBe('2026-02-22');
  });

  test('returns an empty record for a held patient without clinical data', () => {
    const record = findRecord(testPatients.patient9.nhsNumber, now, subject);
    expect(record.resources.size).toBe(0);
  });

  test('derives stable lowercase GUIDs for business identifiers', () => {
    expect(toGuid('p2-allergy-penicillin')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toGuid('p2-allergy-penicillin')).toBe(toGuid('p2-allergy-penicillin'));
    expect(toGuid('p2-allergy-peanut')).not.toBe(toGuid('p2-allergy-penicillin'));
  });
});
