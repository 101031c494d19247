import { expect, test } from 'vitest';
import { decodeEntities } from '../../../src/importer/entities.ts';

test('decodes named, decimal and hex references and leaves unknown names alone', () => {
  expect(decodeEntities('FHIR&reg; &#174; &#xAE; &amp; &bogus;')).toBe('FHIR® ® ® & &bogus;');
});
