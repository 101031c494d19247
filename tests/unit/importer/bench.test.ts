import { describe, expect, test } from 'vitest';
import { benchImport } from '../../../src/importer/bench.ts';

describe('the import benchmark', () => {
  test('imports a generated site without failures and reports pages per second', async () => {
    const result = await benchImport(10);
    expect(result).toMatchObject({ pages: 10, failed: 0 });
    expect(result.pagesPerSecond).toBeGreaterThan(0);
  });
});
