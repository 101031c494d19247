import { expect, test } from 'vitest';
import { protectCode } from '../../../src/importer/code.ts';
import { ProtectedText } from '../../../src/importer/protected-text.ts';

test('sets aside fenced blocks (even unclosed ones) and code spans of any backtick length, but not lone backticks', () => {
  const text = new ProtectedText(1);
  const input = 'a `x{y}` b ``c`d`` e ` f\n\n~~~\n<raw>\n~~~\n\n```\nnever closed {';
  const protectedInput = protectCode(input, text);
  expect(protectedInput).not.toMatch(/x\{y\}|c`d|<raw>|never closed/);
  expect(protectedInput).toContain('e ` f');
  expect(text.restore(protectedInput)).toBe(input);
});
