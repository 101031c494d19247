// One consumer's report as a list that reads on a phone: each obligation with its spec link and counts, and the
// failing requests with what was wrong.
import type { AssuranceReport } from '../../sandbox/assurance/obligations.ts';

/** "1 request", "2 requests". */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function ObligationList({ report }: { report: AssuranceReport }) {
  const failed = report.obligations.filter((o) => o.failed > 0).length;
  return (
    <div class="assure-report" data-testid="assurance-report">
      <p class="assure-summary">
        <strong>
          {report.requests === 0
            ? `No requests logged for ASID ${report.asid} yet.`
            : failed === 0
              ? `${count(report.requests, 'request')} from ASID ${report.asid}: every obligation met.`
              : `${count(report.requests, 'request')} from ASID ${report.asid}: ${count(failed, 'obligation')} failed.`}
        </strong>
      </p>
      <ul class="assure-obligations">
        {report.obligations.map((obligation) => {
          const graded = obligation.passed + obligation.failed > 0;
          const tone = !graded ? 'idle' : obligation.failed > 0 ? 'failed' : 'passed';
          return (
            <li
              key={obligation.id}
              class={`assure-obligation assure-obligation--${tone}`}
              data-obligation={obligation.id}
            >
              <p>
                <span class="assure-mark" aria-hidden="true">
                  {tone === 'failed' ? '✗' : tone === 'passed' ? '✓' : '–'}
                </span>{' '}
                <a href={obligation.spec}>{obligation.title}</a>
              </p>
              <p class="assure-counts">
                {graded ? `${obligation.passed} passed, ${obligation.failed} failed` : 'Not exercised yet'}
              </p>
              {obligation.failures.length > 0 ? (
                <details>
                  <summary>{count(obligation.failures.length, 'failing request')}</summary>
                  <ol>
                    {obligation.failures.map((failure) => (
                      <li key={failure.seq}>
                        <span class="assure-request">
                          #{failure.seq} {failure.method} <code>{failure.path}</code>
                        </span>{' '}
                        {failure.problem}
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
