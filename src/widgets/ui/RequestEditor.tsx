// The request form: target, practice and patient pickers, method, path, query, headers, JWT and body.
import { interactions } from '../../spec/interactions.ts';
import { practiceList } from '../../spec/practices.ts';
import { SSP_HEADERS } from '../../spec/headers.ts';
import { ukDate } from '../../spec/uk-time.ts';
import { findPatientChoice, patientChoices } from '../examples/patients.ts';
import type { RequestDraft } from '../request/draft.ts';
import { draftFormat, withFormat } from '../request/format.ts';
import { checkStructuredParameters } from '../../consumer/structured-parameters.ts';
import type { Target } from '../transport/index.ts';
import { JwtEditor } from './JwtEditor.tsx';
import { PairList } from './PairList.tsx';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

export function RequestEditor({
  id,
  draft,
  url,
  target,
  localSandboxUrl,
  onTarget,
  onEdit,
  onRebuild,
}: {
  id: string;
  draft: RequestDraft;
  url: string;
  target: Target;
  localSandboxUrl: string;
  onTarget: (target: Target) => void;
  /** A hand edit of the draft. */
  onEdit: (draft: RequestDraft) => void;
  /** Rebuild the example for another practice or patient. */
  onRebuild: (change: { practice?: string; patient?: string | null }) => void;
}) {
  const interaction = interactions[draft.interaction];
  const patient = findPatientChoice(draft.patient);
  const practice = practiceList.find((item) => item.odsCode === draft.practice);
  const set = (change: Partial<RequestDraft>) => onEdit({ ...draft, ...change });

  let bodyError: string | undefined;
  let parsedBody: unknown;
  if (draft.body !== null && draft.body.trim() !== '') {
    try {
      parsedBody = JSON.parse(draft.body);
    } catch (error) {
      bodyError = `The body is not valid JSON: ${(error as Error).message}`;
    }
  }
  const ruleProblems =
    draft.interaction === 'S1' && parsedBody !== undefined
      ? checkStructuredParameters(parsedBody, ukDate(new Date()))
      : [];
  const showBody = draft.body !== null || draft.method === 'POST' || draft.method === 'PUT';

  return (
    <div class="tryit-editor">
      <fieldset class="tryit-target">
        <legend>Send to</legend>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={target.kind === 'browser'}
            onChange={() => onTarget({ kind: 'browser' })}
          />
          The sandbox in this page (no network)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={target.kind === 'local'}
            onChange={() => onTarget({ kind: 'local' })}
          />
          The local sandbox server, {localSandboxUrl} (npm run sandbox)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={target.kind === 'custom'}
            onChange={() => onTarget({ kind: 'custom', base: target.kind === 'custom' ? target.base : '' })}
          />
          Another server or port
        </label>
        {target.kind === 'custom' ? (
          <label class="tryit-field">
            Base URL (the part before /{draft.practice}/STU3/1/…), or a port for a local sandbox
            <input
              type="text"
              inputMode="url"
              value={target.base}
              placeholder="https://provider.example.nhs.uk or 4011"
              spellcheck={false}
              onInput={(event) => onTarget({ kind: 'custom', base: event.currentTarget.value })}
            />
          </label>
        ) : null}
      </fieldset>

      <div class="tryit-pickers">
        <label class="tryit-field">
          Practice (ODS code)
          <select value={draft.practice} onChange={(event) => onRebuild({ practice: event.currentTarget.value })}>
            {practiceList.map((item) => (
              <option key={item.odsCode} value={item.odsCode}>
                {item.odsCode}: {item.name}
              </option>
            ))}
          </select>
          {practice ? (
            <small>
              ASID {practice.asid} (sent as {SSP_HEADERS.to}); service root …
              {`/${practice.odsCode}/STU3/1/${interaction.base}`}
            </small>
          ) : null}
        </label>
        {draft.patient !== null ? (
          <label class="tryit-field">
            Test patient
            <select value={draft.patient} onChange={(event) => onRebuild({ patient: event.currentTarget.value })}>
              {patientChoices.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.key.startsWith('pds-') ? '' : `${choice.key}: `}
                  {choice.label}, {choice.nhsNumber}
                </option>
              ))}
            </select>
            {patient ? <small data-testid="patient-role">{patient.role}</small> : null}
          </label>
        ) : null}
      </div>
      <p class="tryit-hint">Picking another practice or patient builds the example again, replacing hand edits.</p>

      <div class="tryit-line">
        <label class="tryit-field tryit-field--method">
          Method
          <select value={draft.method} onChange={(event) => set({ method: event.currentTarget.value })}>
            {METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </label>
        <label class="tryit-field tryit-field--grow">
          Path (after the service root)
          <input value={draft.path} spellcheck={false} onInput={(event) => set({ path: event.currentTarget.value })} />
        </label>
      </div>
      <p class="tryit-url">
        <span>URL</span> <code>{url}</code>
      </p>

      <label class="tryit-field">
        Format of the answer
        <select
          value={draftFormat(draft)}
          onChange={(event) => onEdit(withFormat(draft, event.currentTarget.value === 'xml' ? 'xml' : 'json'))}
        >
          <option value="json">JSON (Accept: application/fhir+json)</option>
          <option value="xml">XML (Accept: application/fhir+xml)</option>
        </select>
      </label>

      <PairList legend="Query parameters" pairs={draft.query} onChange={(query) => set({ query })} />
      <PairList
        legend="Headers"
        pairs={draft.headers}
        onChange={(headers) => set({ headers })}
        note={(name) =>
          name.toLowerCase() === SSP_HEADERS.traceId.toLowerCase() ? 'A new UUID is put here on every send.' : undefined
        }
      />

      <JwtEditor
        id={id}
        token={draft.token}
        autoTimes={draft.autoTimes}
        interaction={interaction}
        onChange={(token, autoTimes) => set({ token, autoTimes })}
      />

      {showBody ? (
        <div class="tryit-body">
          <label class="tryit-field">
            Body (JSON)
            <textarea
              rows={12}
              spellcheck={false}
              value={draft.body ?? ''}
              aria-invalid={bodyError ? 'true' : 'false'}
              onInput={(event) => set({ body: event.currentTarget.value === '' ? null : event.currentTarget.value })}
            />
          </label>
          {bodyError ? (
            <p class="tryit-problem" role="alert">
              {bodyError}
            </p>
          ) : null}
          {ruleProblems.length > 0 ? (
            <div class="tryit-warnings" data-testid="s1-rules">
              <p>
                <strong>Get structured record rules this body breaks:</strong>
              </p>
              <ul>
                {ruleProblems.map((problem, index) => (
                  <li key={index}>
                    <code>{problem.parameter}</code>: {problem.message} (
                    {problem.outcome === 'warning'
                      ? '200 with a warning'
                      : `${problem.outcome.status} ${problem.outcome.code}`}
                    ; <a href={problem.link}>the rule</a>)
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
