import { describe, expect, test } from 'vitest';
import { outlineBundle } from '../../../../src/widgets/response/outline.ts';

describe('the Bundle outline', () => {
  test('counts entries by resource type and lists each List with its items and warning', () => {
    const outline = outlineBundle({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient' } },
        { resource: { resourceType: 'List', title: 'Allergies and adverse reactions', entry: [{}, {}] } },
        {
          resource: {
            resourceType: 'List',
            title: 'Ended allergies',
            entry: [],
            extension: [{ valueCodeableConcept: { coding: [{ code: 'confidential-items' }] } }],
            emptyReason: { coding: [{ code: 'no-content-recorded' }] },
          },
        },
      ],
    });
    expect(outline).toEqual({
      bundleType: 'collection',
      entries: 3,
      byType: [
        { resourceType: 'Patient', count: 1 },
        { resourceType: 'List', count: 2 },
      ],
      lists: [
        { title: 'Allergies and adverse reactions', items: 2 },
        { title: 'Ended allergies', items: 0, note: 'confidential-items, no-content-recorded' },
      ],
    });
  });

  test('has nothing to say about a resource that is not a Bundle', () => {
    expect(outlineBundle({ resourceType: 'Patient' })).toBeUndefined();
  });
});
