// Lighthouse results of several runs of one page, reduced to what the bench prints: the median of each score and
// metric (these machines are shared, so one run says little), and the audits that cost points, with their byte and
// request figures, which do not depend on the machine's load.
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

export interface PageSummary {
  /** Median category scores, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Median metrics: LCP and FCP in seconds, TBT in milliseconds, CLS unitless. */
  metrics: Record<keyof typeof METRICS, number>;
  /** Performance scores of every run, in run order. */
  performanceRuns: number[];
  /** Transfer size of the whole page and of its HTML document, bytes, from the last run. */
  totalBytes: number;
  documentBytes: number;
  lcpElement: string;
  /** Audits of the last run that scored below 1 and carry a figure: "render-blocking-requests: Est savings of 300 ms". */
  costly: string[];
  /** Audits of the last run that could not run, with Lighthouse's reason: a Chromium its trace engine misreads. */
  errored: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const percent = (score: number | null | undefined) => Math.round((score ?? NaN) * 100);

export function summarise(runs: Result[]): PageSummary {
  const last = runs.at(-1);
  if (!last) throw new Error('summarise needs at least one Lighthouse result');
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, median(runs.map((run) => percent(run.categories[id]?.score)))]),
  ) as PageSummary['scores'];
  const metric = (id: string) => median(runs.map((run) => run.audits[id]?.numericValue ?? NaN));
  const document = (
    last.audits['network-requests']?.details as {
      items?: { url: string; transferSize: number; resourceType?: string }[];
    }
  )?.items?.find((item) => item.resourceType === 'Document');
  return {
    scores,
    metrics: {
      lcp: metric(METRICS.lcp) / 1000,
      fcp: metric(METRICS.fcp) / 1000,
      tbt: metric(METRICS.tbt),
      cls: metric(METRICS.cls),
    },
    performanceRuns: runs.map((run) => percent(run.categories.performance?.score)),
    totalBytes: last.audits['total-byte-weight']?.numericValue ?? NaN,
    documentBytes: document?.transferSize ?? NaN,
    lcpElement: lcpElementOf(last),
    costly: costlyAudits(last),
    errored: Object.values(last.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => `${audit.id}: ${audit.errorMessage}`),
  };
}

/**
 * The LCP element's selector as Lighthouse names it, or the kind of element when it has no selector. Lighthouse 13
 * keeps it in the LCP breakdown insight, a list whose items are the subpart table and the element's node.
 */
function lcpElementOf(result: Result): string {
  const audit = result.audits['lcp-breakdown-insight'];
  if (audit?.scoreDisplayMode === 'error') return `not measured (${audit.errorMessage})`;
  const items = (audit?.details as { items?: { type?: string; selector?: string; nodeLabel?: string }[] } | undefined)
    ?.items;
  const node = items?.find((item) => item.type === 'node');
  return node?.selector ?? node?.nodeLabel ?? 'not reported';
}

/** Performance audits (metrics aside) that scored below 1 and say by how much. */
function costlyAudits(result: Result): string[] {
  const metricIds = new Set<string>(Object.values(METRICS));
  const refs = result.categories.performance?.auditRefs ?? [];
  return refs
    .map((ref) => result.audits[ref.id])
    .filter((audit) => audit && !metricIds.has(audit.id) && audit.score !== null && audit.score < 1)
    .filter((audit) => audit!.displayValue)
    .map((audit) => `${audit!.id}: ${audit!.displayValue}`);
}
