// One step of the <SpineFlow> island: what it finds, its inputs, its request as editable HTTP text, and its answer
// (always as text: nothing a target returns is ever parsed as HTML).
import { formatHttpRequest } from '../../consumer/http-text.ts';
import { describeStatus } from '../response/status.ts';
import type { StepView } from './state.ts';
import { sspMistakes, type SspMistake } from './ssp-url.ts';
import { findStep, type FlowStep } from './steps.ts';
import { findBlocker, previewSspUrl, stepIndex, type FlowValues } from './values.ts';

/** An NHS number worth tracing, with what makes it interesting. */
export interface NhsNumberSuggestion {
  nhsNumber: string;
  label: string;
}

export interface StepPanelProps {
  step: FlowStep;
  number: number;
  idPrefix: string;
  view: StepView;
  values: FlowValues;
  isCurrent: boolean;
  busy: boolean;
  suggestions: NhsNumberSuggestion[];
  onRun(): void;
  onText(text: string): void;
  onValues(change: Partial<FlowValues>): void;
}

const statusLabels: Record<StepView['status'], string> = {
  pending: 'Not run',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

/** Rows for a textarea: enough for the text, so nothing jumps when the island hydrates or a request is rebuilt. */
const countRows = (text: string) => Math.min(18, Math.max(3, text.split('\n').length + 1));

function formatBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function StepPanel({
  step,
  number,
  idPrefix,
  view,
  values,
  isCurrent,
  busy,
  suggestions,
  onRun,
  onText,
  onValues,
}: StepPanelProps) {
  const id = `${idPrefix}-${step.id}`;
  const edited = view.shown !== undefined && view.text !== formatHttpRequest(view.shown);
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !busy) {
      event.preventDefault();
      onRun();
    }
  };
  return (
    <li
      class="sf-step"
      id={id}
      data-state={view.status}
      aria-current={isCurrent ? 'step' : undefined}
      aria-labelledby={`${id}-title`}
    >
      <h3 class="sf-step__title" id={`${id}-title`}>
        <span class="sf-step__number">Step {number}.</span> {step.title}
        <span class="sf-tag" data-state={view.status}>
          {statusLabels[view.status]}
        </span>
      </h3>
      <p class="sf-step__purpose">Finds {step.purpose}.</p>
      {step.id === 'pds-trace' ? (
        <NhsNumberField id={id} values={values} suggestions={suggestions} onValues={onValues} />
      ) : null}
      {step.id === 'ssp-url' ? <SspUrlForm id={id} values={values} onValues={onValues} /> : null}
      {view.text ? (
        <div class="sf-field">
          <label for={`${id}-request`}>Request for step {number} (HTTP; edit it and run again, Ctrl+Enter runs)</label>
          <textarea
            id={`${id}-request`}
            class="sf-request"
            rows={countRows(view.text)}
            spellcheck={false}
            autocomplete="off"
            value={view.text}
            onInput={(event) => onText((event.target as HTMLTextAreaElement).value)}
            onKeyDown={onKeyDown}
          />
        </div>
      ) : step.id !== 'ssp-url' ? (
        <p class="sf-waiting">{describeWait(step, values)}</p>
      ) : null}
      <div class="sf-actions">
        <button type="button" class="sf-run" onClick={onRun} disabled={busy}>
          {step.id === 'ssp-url' ? `Build the SSP URL (step ${number})` : `Run step ${number}`}
        </button>
        {edited ? (
          <button type="button" onClick={() => onText(formatHttpRequest(view.shown!))} disabled={busy}>
            Undo my edits to step {number}
          </button>
        ) : null}
      </div>
      {view.result ? <StepResultView id={id} number={number} view={view} /> : null}
    </li>
  );
}

/** Why a step has no request yet: the earlier step that must find its input first. */
function describeWait(step: FlowStep, values: FlowValues): string {
  const blocker = findBlocker(step.id, values);
  if (!blocker) return '';
  const needed = findStep(blocker);
  return `The request appears once step ${stepIndex(blocker) + 1} (${needed.title}) has found ${needed.purpose}.`;
}

function NhsNumberField({
  id,
  values,
  suggestions,
  onValues,
}: Pick<StepPanelProps, 'values' | 'suggestions' | 'onValues'> & { id: string }) {
  return (
    <div class="sf-field">
      <label for={`${id}-nhs`}>NHS number to trace</label>
      <input
        id={`${id}-nhs`}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        list={`${id}-nhs-list`}
        value={values.nhsNumber}
        aria-describedby={`${id}-nhs-hint`}
        onInput={(event) => onValues({ nhsNumber: (event.target as HTMLInputElement).value.trim() })}
      />
      <datalist id={`${id}-nhs-list`}>
        {suggestions.map(({ nhsNumber, label }) => (
          <option key={nhsNumber} value={nhsNumber}>
            {label}
          </option>
        ))}
      </datalist>
      <p class="sf-hint" id={`${id}-nhs-hint`}>
        Try {suggestions.map(({ nhsNumber, label }) => `${nhsNumber} (${label})`).join('; ')}.
      </p>
    </div>
  );
}

function SspUrlForm({
  id,
  values,
  onValues,
}: {
  id: string;
  values: FlowValues;
  onValues: StepPanelProps['onValues'];
}) {
  return (
    <div class="sf-ssp">
      <div class="sf-field">
        <label for={`${id}-ssp`}>SSP address</label>
        <input
          id={`${id}-ssp`}
          type="url"
          autocomplete="off"
          value={values.sspBase}
          onInput={(event) => onValues({ sspBase: (event.target as HTMLInputElement).value.trim() })}
        />
      </div>
      <div class="sf-field">
        <label for={`${id}-root`}>Provider endpoint (nhsMhsEndPoint from step 2)</label>
        <input
          id={`${id}-root`}
          type="url"
          autocomplete="off"
          value={values.providerRoot ?? ''}
          placeholder="found by step 2"
          disabled={!values.endpoint}
          onInput={(event) => onValues({ providerRoot: (event.target as HTMLInputElement).value.trim() })}
        />
      </div>
      <fieldset class="sf-mistakes">
        <legend>How the provider URL is written (SSP-mistake mode)</legend>
        {(Object.keys(sspMistakes) as SspMistake[]).map((mistake) => (
          <label key={mistake}>
            <input
              type="radio"
              name={`${id}-mistake`}
              value={mistake}
              checked={values.mistake === mistake}
              onChange={() => onValues({ mistake })}
            />{' '}
            {sspMistakes[mistake].label}
          </label>
        ))}
      </fieldset>
      <p class="sf-preview">
        Capability statement through the SSP:{' '}
        <code>{values.endpoint ? `GET ${previewSspUrl(values, '/metadata')}` : 'waiting for step 2'}</code>
      </p>
    </div>
  );
}

function StepResultView({ id, number, view }: { id: string; number: number; view: StepView }) {
  const { result, response } = view;
  return (
    <section class="sf-result" data-state={view.status} aria-label={`Result of step ${number}`}>
      {response ? (
        <p class="sf-status">
          <strong>{describeStatus(response)}</strong> <span>{response.ms} ms</span>
        </p>
      ) : null}
      <p class="sf-summary">{result?.summary}</p>
      {result?.details.length ? (
        <ul class="sf-details">
          {result.details.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      {response ? (
        <>
          <details class="sf-headers">
            <summary>Response headers ({response.headers.length})</summary>
            <pre>{response.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
          </details>
          <pre class="sf-body" tabindex={0} aria-label={`Response body of step ${number}`} id={`${id}-body`}>
            {formatBody(response.body)}
          </pre>
        </>
      ) : null}
    </section>
  );
}
