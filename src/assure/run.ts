// Runs the provider checks against a base URL and reports them in the consumer report's shape, plus JUnit XML.
import { buildGpcRequest } from '../consumer/request.ts';
import type { ObligationReport } from '../sandbox/assurance/index.ts';
import { providerChecks, type Send } from './provider-checks.ts';

export interface ProviderReport {
  base: string;
  passed: boolean;
  obligations: ObligationReport[];
}

/** Sends a wire request with fetch. */
export const fetchSend: Send = (r) =>
  fetch(r.url, { method: r.method, headers: r.headers, ...(r.body === null ? {} : { body: r.body }) });

export async function runProviderChecks(base: string, send: Send = fetchSend): Promise<ProviderReport> {
  const probe = {
    build: (key: Parameters<typeof buildGpcRequest>[0], options = {}) => buildGpcRequest(key, { base, ...options }),
    send,
  };
  const obligations: ObligationReport[] = [];
  for (const check of providerChecks) {
    let problems: string[];
    try {
      problems = await check.run(probe);
    } catch (error) {
      problems = [`the check could not run: ${error instanceof Error ? error.message : String(error)}`];
    }
    obligations.push({
      id: check.id,
      title: check.title,
      spec: check.spec,
      passed: problems.length === 0 ? 1 : 0,
      failed: problems.length === 0 ? 0 : 1,
      failures: problems.map((problem, i) => ({ seq: i + 1, method: '', path: '', traceId: null, problem })),
    });
  }
  return { base, passed: obligations.every((o) => o.failed === 0), obligations };
}

const xml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);

export function toJunitXml(report: ProviderReport): string {
  const failures = report.obligations.filter((o) => o.failed > 0).length;
  const cases = report.obligations.map((o) => {
    const failure = o.failures.length
      ? `<failure message="${xml(o.failures[0]?.problem ?? '')}">${xml(o.failures.map((f) => f.problem).join('\n'))}\n${xml(o.spec)}</failure>`
      : '';
    return `  <testcase classname="gpconnect.provider" name="${xml(o.title)}">${failure}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="GP Connect provider checks: ${xml(report.base)}" tests="${report.obligations.length}" failures="${failures}">\n${cases.join('\n')}\n</testsuite>\n`;
}

export function formatProviderReport(report: ProviderReport): string {
  const lines = [`Provider ${report.base}: ${report.passed ? 'every check passed' : 'checks failed'}`];
  for (const o of report.obligations) {
    lines.push(`  ${o.failed ? '✗' : '✓'} ${o.title}  ${o.spec}`);
    for (const f of o.failures) lines.push(`      ${f.problem}`);
  }
  return lines.join('\n');
}
