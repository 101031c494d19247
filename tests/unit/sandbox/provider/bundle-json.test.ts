// Answers write the JSON of resources that never change from JSON kept since their first answer: the text must be
// what JSON.stringify writes for the Bundle, on the first answer and on every later one.
import type { Bundle, Resource } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { findRecord } from '../../../../src/sandbox/data/records/index.ts';
import { bundleJson, bundleUtf8, neverChanging } from '../../../../src/sandbox/provider/bundle-json.ts';
import { searchset } from '../../../../src/sandbox/provider/bundle.ts';
import { assembleBundle } from '../../../../src/sandbox/provider/structured/bundle.ts';
import { Selection } from '../../../../src/sandbox/provider/structured/selection.ts';
import { testPatients } from '../../../../src/spec/index.ts';
import { now, subject } from '../data/records/record-subject.ts';

/** patient2's whole record assembled, every clinical item included. */
function assembleEverything(): Bundle {
  const record = findRecord(testPatients.patient2.nhsNumber, now, subject);
  const sel = new Selection({
    record,
    disabled: new Set(),
    includeConfidential: false,
    setting: { subject: subject.patient, date: now.toISOString() },
  });
  for (const keys of Object.values(record.items)) for (const key of keys) sel.included.add(key);
  const header: Resource[] = [{ resourceType: 'Patient', id: '2' }];
  return assembleBundle('629ea9ba-a077-4d99-b289-7a9b19fd4e03', header, sel, []);
}

/** bundleJson's text, once bundleUtf8 has been checked to write the same in UTF-8. */
const both = (bundle: Bundle) => {
  const text = bundleJson(bundle);
  expect(new TextDecoder().decode(bundleUtf8(bundle))).toBe(text);
  return text;
};

describe('the JSON of an assembled Bundle', () => {
  test('is what JSON.stringify writes, the first time and once the record resources are kept as JSON', () => {
    const bundle = assembleEverything();
    expect(bundle.entry?.length).toBeGreaterThan(50);
    expect(both(bundle)).toBe(JSON.stringify(bundle));
    const again = assembleEverything();
    expect(both(again)).toBe(JSON.stringify(again));
  });
  test("writes a never-changing resource's kept JSON in any Bundle, and a Bundle whose last member is not entry whole", () => {
    const patient = neverChanging<Resource>({
      resourceType: 'Patient',
      id: '2',
      name: [{ family: 'Brontë' }],
    } as Resource);
    const bundle = searchset([patient, { resourceType: 'Patient', id: '3' }]);
    expect(both(bundle)).toBe(JSON.stringify(bundle));
    expect(both(bundle)).toBe(JSON.stringify(bundle));
    const entryFirst = { entry: [{ resource: patient }], resourceType: 'Bundle', type: 'searchset' } as Bundle;
    expect(both(entryFirst)).toBe(JSON.stringify(entryFirst));
  });
  test('writes entries with more than a resource, an empty entry and none as JSON.stringify does', () => {
    const resource: Resource = { resourceType: 'Patient', id: '2' };
    const withSearch: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource, search: { mode: 'match' } }, { resource }],
    };
    const empty: Bundle = { resourceType: 'Bundle', type: 'collection', entry: [] };
    const none: Bundle = { resourceType: 'Bundle', type: 'collection' };
    for (const bundle of [withSearch, empty, none]) expect(both(bundle)).toBe(JSON.stringify(bundle));
  });
});
