import { describe, expect, it } from 'vitest';
import { countWrappedLines, estimateTryItHeight } from '../../../../src/components/internal/tryit-size.ts';

describe('countWrappedLines', () => {
  it('counts a long line once for every full or partial run of characters that fits a line', () => {
    expect(countWrappedLines('a'.repeat(81), 40)).toBe(3);
  });

  it('counts blank lines as lines', () => {
    expect(countWrappedLines('GET / HTTP/1.1\n\n{}', 40)).toBe(3);
  });
});

describe('estimateTryItHeight', () => {
  it('guesses a taller box on a phone, where lines wrap sooner and the buttons take more rows', () => {
    const text = `GET /metadata HTTP/1.1\nAuthorization: Bearer ${'x'.repeat(1600)}`;
    const { wide, narrow } = estimateTryItHeight(text);
    expect(parseFloat(narrow)).toBeGreaterThan(parseFloat(wide));
    expect(wide).toMatch(/^\d+\.\drem$/);
  });

  it('grows by one line height for each added line of the request', () => {
    const one = parseFloat(estimateTryItHeight('GET / HTTP/1.1').wide);
    const two = parseFloat(estimateTryItHeight('GET / HTTP/1.1\nAccept: */*').wide);
    expect(two - one).toBeCloseTo(22.75 / 16, 1);
  });
});
