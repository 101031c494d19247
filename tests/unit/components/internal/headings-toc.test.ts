import { describe, expect, it } from 'vitest';
import { currentLinkIndex } from '../../../../src/components/internal/headings-toc.ts';

describe('currentLinkIndex', () => {
  it('is the last heading above the reading line', () => {
    expect(currentLinkIndex([true, true, false, false])).toBe(1);
    expect(currentLinkIndex([true, true, true])).toBe(2);
  });

  it('is the first link (the page title) when no heading is above the line yet', () => {
    expect(currentLinkIndex([false, false])).toBe(0);
  });
});
