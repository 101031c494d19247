import { afterEach, describe, expect, test, vi } from 'vitest';
import { newUuid, UUID_PATTERN } from '../../../src/spec/uuid.ts';

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

describe('newUuid', () => {
  test('gives a lowercase version 4 UUID, a different one each time', () => {
    const made = new Set(Array.from({ length: 100 }, newUuid));
    expect(made.size).toBe(100);
    for (const uuid of made) expect(uuid).toMatch(VERSION_4);
  });

  test('builds one from getRandomValues where crypto.randomUUID is missing (a page served over plain HTTP)', () => {
    const getRandomValues = vi.fn((bytes: Uint8Array) => bytes.fill(0xff));
    vi.stubGlobal('crypto', { getRandomValues });
    expect(newUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(getRandomValues).toHaveBeenCalledOnce();
    expect(newUuid()).toMatch(UUID_PATTERN);
  });
});
