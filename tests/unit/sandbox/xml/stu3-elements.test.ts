// The committed STU3 element table is what the generator writes today, so it cannot drift from @types/fhir.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STU3_ELEMENTS_MODULE, generateStu3Elements } from '../../../../scripts/generate-stu3-elements.ts';
import { resourceDefinition, typeDefinition } from '../../../../src/sandbox/xml/elements.ts';

test('the committed element table is up to date (else run node scripts/generate-stu3-elements.ts)', async () => {
  expect(readFileSync(STU3_ELEMENTS_MODULE, 'utf8')).toBe(await generateStu3Elements());
});

test('puts inherited elements first and keeps the STU3 order of each resource', () => {
  const names = resourceDefinition('Appointment')?.elements.map((e) => e.name);
  expect(names?.slice(0, 9)).toEqual([
    'id',
    'meta',
    'implicitRules',
    'language',
    'text',
    'contained',
    'extension',
    'modifierExtension',
    'identifier',
  ]);
  expect(names?.indexOf('participant')).toBeGreaterThan(names?.indexOf('comment') ?? Infinity);
  expect(typeDefinition('Narrative')?.byName.get('div')?.type).toBe('x');
  expect(typeDefinition('BundleEntry')?.byName.get('resource')).toEqual({
    name: 'resource',
    type: 'R',
    repeats: false,
  });
  expect(resourceDefinition('DomainResource')).toBeUndefined();
});
