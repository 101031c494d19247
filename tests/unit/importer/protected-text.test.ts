import { expect, test } from 'vitest';
import { ProtectedText } from '../../../src/importer/protected-text.ts';

test('restores nested placeholders and counts the source lines they replaced', () => {
  const text = new ProtectedText(10);
  const inner = text.protect('<b />', 'a\nb');
  const outer = text.protect(`[${inner}]`, `x${inner}\n`);
  const converted = `start ${outer}\nend`;
  expect(text.restore(converted)).toBe('start [<b />]\nend');
  expect(text.lineAt(converted, converted.indexOf('end'))).toBe(10 + 1 + 1 + 1);
});
