// The <AssuranceReport> island: one consumer ASID's graded report and fault switches, from this page's sandbox (what
// the page's try-it widgets sent, refreshed after each send) or from a sandbox server.
import { useEffect, useState } from 'preact/hooks';
import type { AssuranceReport } from '../../sandbox/assurance/obligations.ts';
import { loadSandbox, onSandboxExchange } from '../transport/index.ts';
import { readFaults, readReport, writeFaults, type Answer, type ReportSource } from './assurance-client.ts';
import { ObligationList, count } from './ObligationList.tsx';

export interface FaultChoice {
  key: string;
  title: string;
  consumerDuty: string;
  /** The obligation id that grades the consumer's next requests, if requests can show it. */
  gradedBy?: string;
}

export interface AssuranceWidgetProps {
  /** Address of `npm run sandbox` from the site config. */
  localSandboxUrl: string;
  /** The ASID the page's widgets send in Ssp-From. */
  defaultAsid: string;
  faults: FaultChoice[];
  id: string;
}

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);
type Problem = Extract<Answer<unknown>, { ok: false }>;

export default function AssuranceWidget({ localSandboxUrl, defaultAsid, faults, id }: AssuranceWidgetProps) {
  const [source, setSource] = useState<ReportSource>({ kind: 'page' });
  const [serverBase, setServerBase] = useState(localSandboxUrl);
  const [asid, setAsid] = useState(defaultAsid);
  const [report, setReport] = useState<AssuranceReport | undefined>();
  const [active, setActive] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [status, setStatus] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const options = { pageOrigin: localSandboxUrl, storage: storage() };
  const current: ReportSource = source.kind === 'page' ? source : { kind: 'server', base: serverBase };
  const where = current.kind === 'page' ? "this page's sandbox" : serverBase;

  const refresh = async (announce = true) => {
    const [answer, switches] = await Promise.all([
      readReport(current, options, asid),
      readFaults(current, options, asid),
    ]);
    if (!answer.ok) {
      setReport(undefined);
      setProblem(answer);
      setStatus(`No report: ${answer.message}`);
      return;
    }
    setProblem(undefined);
    setReport(answer.value);
    if (switches.ok) setActive(switches.value);
    if (announce)
      setStatus(`Report from ${where} for ASID ${asid}: ${count(answer.value.requests, 'request')} graded.`);
  };

  useEffect(() => {
    setHydrated(true);
  }, []);
  useEffect(() => {
    void refresh(false);
    if (current.kind !== 'page') return undefined;
    return onSandboxExchange(() => void refresh(false));
  }, [source.kind, asid]);

  const toggle = async (key: string, on: boolean) => {
    const next = on ? [...active, key] : active.filter((k) => k !== key);
    const answer = await writeFaults(current, options, asid, next);
    if (!answer.ok) {
      setProblem(answer);
      setStatus(`Faults unchanged: ${answer.message}`);
      return;
    }
    setActive(answer.value);
    const title = faults.find((f) => f.key === key)?.title ?? key;
    setStatus(`${on ? 'Switched on' : 'Switched off'} for ASID ${asid} on ${where}: ${title}.`);
  };

  const clear = async () => {
    (await loadSandbox(storage())).clearAssuranceLog();
    await refresh(false);
    setStatus("This page's assurance log is cleared.");
  };

  return (
    <section class="assure-box" aria-label="Consumer assurance report">
      <fieldset class="assure-source">
        <legend>Report from</legend>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'page'}
            disabled={!hydrated}
            onChange={() => setSource({ kind: 'page' })}
          />
          This page's sandbox (what the widgets on this page sent)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'server'}
            disabled={!hydrated}
            onChange={() => setSource({ kind: 'server', base: serverBase })}
          />
          A sandbox server
        </label>
        {source.kind === 'server' ? (
          <label class="assure-field">
            Server address, or a port for a local sandbox
            <input
              type="text"
              inputMode="url"
              spellcheck={false}
              value={serverBase}
              onInput={(event) => setServerBase(event.currentTarget.value)}
              onKeyDown={(event) => event.key === 'Enter' && void refresh()}
            />
          </label>
        ) : null}
      </fieldset>
      <div class="assure-row">
        <label class="assure-field">
          Consumer ASID (the Ssp-From your requests send)
          <input
            type="text"
            inputMode="numeric"
            spellcheck={false}
            value={asid}
            onChange={(event) => setAsid(event.currentTarget.value.trim())}
          />
        </label>
        <button type="button" disabled={!hydrated} onClick={() => void refresh()}>
          Refresh
        </button>
        {source.kind === 'page' ? (
          <button type="button" disabled={!hydrated} onClick={() => void clear()}>
            Clear this page's log
          </button>
        ) : null}
      </div>
      <p class="assure-status" role="status" aria-live="polite">
        {status}
      </p>
      {problem ? (
        <div class="assure-problem" data-testid="assurance-problem">
          <p>
            <strong>{problem.message}</strong>
          </p>
          <p>{problem.advice}</p>
        </div>
      ) : null}
      {report ? <ObligationList report={report} /> : null}
      <fieldset class="assure-faults">
        <legend>Fault scenarios for ASID {asid}</legend>
        <p class="assure-hint">
          Each switch applies to {where} and to requests whose Ssp-From is this ASID. Answers a fault made carry
          X-Sandbox-Fault.
        </p>
        <ul>
          {faults.map((fault) => {
            const graded = fault.gradedBy ? report?.obligations.find((o) => o.id === fault.gradedBy) : undefined;
            return (
              <li key={fault.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={active.includes(fault.key)}
                    disabled={!hydrated || problem !== undefined}
                    onChange={(event) => void toggle(fault.key, event.currentTarget.checked)}
                  />{' '}
                  <strong>{fault.title}</strong> <code>{fault.key}</code>
                </label>
                <p>Your product must: {fault.consumerDuty}</p>
                <p class="assure-hint">
                  {graded
                    ? graded.passed + graded.failed === 0
                      ? `Graded by "${graded.title}": no request after this fault yet.`
                      : `Graded by "${graded.title}": ${graded.passed} passed, ${graded.failed} failed.`
                    : 'The report does not grade this one: check by hand what your product does and shows.'}
                </p>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}
