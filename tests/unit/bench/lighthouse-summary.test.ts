import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/bench/lighthouse-summary.ts';

/** A Lighthouse result holding only what summarise reads, with the given audits. */
function result(audits: Record<string, object>): Result {
  const category = { score: 1, auditRefs: [] };
  return {
    categories: { performance: category, accessibility: category, 'best-practices': category, seo: category },
    audits: Object.fromEntries(Object.entries(audits).map(([id, audit]) => [id, { id, score: null, ...audit }])),
  } as unknown as Result;
}

const lcpNode = { type: 'node', selector: 'div.sl-markdown-content > p', nodeLabel: 'Every GP Connect request…' };

describe('summarise: the LCP element', () => {
  it('is the node in the LCP breakdown insight', () => {
    const run = result({
      'lcp-breakdown-insight': {
        scoreDisplayMode: 'informative',
        details: { type: 'list', items: [{ type: 'table', headings: [], items: [] }, lcpNode] },
      },
    });
    expect(summarise([run]).lcpElement).toBe('div.sl-markdown-content > p');
  });

  it('says why when Lighthouse could not measure it, and lists that audit among those that could not run', () => {
    const run = result({
      'lcp-breakdown-insight': { scoreDisplayMode: 'error', errorMessage: 'TraceElements failed' },
    });
    const summary = summarise([run]);
    expect(summary.lcpElement).toBe('not measured (TraceElements failed)');
    expect(summary.errored).toEqual(['lcp-breakdown-insight: TraceElements failed']);
  });
});
