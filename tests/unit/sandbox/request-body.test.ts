// A request's body is read once for every layer that needs it: each gets the same bytes, whoever reads first.
import { describe, expect, test } from 'vitest';
import { bodyOf } from '../../../src/sandbox/request-body.ts';

const post = (body: string) => new Request('http://sandbox.test/', { method: 'POST', body });

describe('bodyOf', () => {
  test('gives every caller the bytes sent, though the body can be read only once', async () => {
    const request = post('{"resourceType":"Parameters"}');
    const first = await bodyOf(request);
    expect(request.bodyUsed).toBe(true);
    expect(await bodyOf(request)).toBe(first);
    expect(new TextDecoder().decode(first)).toBe('{"resourceType":"Parameters"}');
  });
  test('keeps each request its own body', async () => {
    const [one, two] = [post('one'), post('two')];
    expect(new TextDecoder().decode(await bodyOf(two))).toBe('two');
    expect(new TextDecoder().decode(await bodyOf(one))).toBe('one');
  });
});
