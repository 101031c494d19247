// The <SpineFlow> island: the step list with each step's editable request and its answer, run one by one or all at
// once against the in-page sandbox. The server renders the same first state, so hydrating shifts nothing. What only
// a run needs (the provider request builders, the JWT, the explainer, then the sandbox) arrives by import() then.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createFlowState, findNextStep, updateValues, type BuildRequest, type FlowState } from './state.ts';
import { StepPanel, type NhsNumberSuggestion } from './StepPanel.tsx';
import { flowSteps, type StepId } from './steps.ts';
import { buildLookupRequest, createFlowValues, stepIndex } from './values.ts';

type Runner = typeof import('./runner.ts');
let runner: Promise<Runner> | undefined;
const loadRunner = () => (runner ??= import('./runner.ts'));

export interface SpineFlowWidgetProps {
  /** Address of `npm run sandbox`; the in-page sandbox answers the same URLs. */
  localSandboxUrl: string;
  /** The NHS number the journey starts from. */
  nhsNumber: string;
  /** The interaction ID the SDS MHS lookup filters on. */
  interactionId: string;
  /** NHS numbers offered in the trace step. */
  suggestions: NhsNumberSuggestion[];
  /** Id of the element holding the build-time sequence diagram this island highlights. */
  diagramId: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

// Until the first run only the PDS trace can be built, and it does not depend on the clock or on the runner.
const buildBeforeRun: BuildRequest = (step, values) => buildLookupRequest(step, values);

export default function SpineFlowWidget({
  localSandboxUrl,
  nhsNumber,
  interactionId,
  suggestions,
  diagramId,
  idPrefix,
}: SpineFlowWidgetProps) {
  const fresh = () =>
    createFlowState(createFlowValues(localSandboxUrl, nhsNumber, interactionId), new Date(), buildBeforeRun);
  const [state, setState] = useState<FlowState>(fresh);
  const [running, setRunning] = useState<StepId | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const latest = useRef(state);
  latest.current = state;
  const build = useRef<BuildRequest>(buildBeforeRun);

  useEffect(() => setHydrated(true), []);

  const current = running ?? findNextStep(state);

  // Highlight the step on the server-rendered SVG: data-state drives the page CSS.
  useEffect(() => {
    const diagram = document.getElementById(diagramId);
    for (const { id } of flowSteps) {
      const group = diagram?.querySelector(`[data-step="${id}"]`);
      if (!group) continue;
      const status = state.views[id].status;
      // A refused step stays red even while it is the one to run again.
      const mark = status === 'failed' ? 'failed' : id === current ? 'current' : status === 'done' ? 'done' : '';
      if (mark) group.setAttribute('data-state', mark);
      else group.removeAttribute('data-state');
    }
  }, [state, current, diagramId]);

  const commit = (next: FlowState) => {
    latest.current = next;
    setState(next);
  };

  /** Runs one step; returns true when it succeeded. */
  async function run(step: StepId): Promise<boolean> {
    const { title } = flowSteps[stepIndex(step)]!;
    setRunning(step);
    setAnnouncement(`Step ${stepIndex(step) + 1}, ${title}: running.`);
    const before = latest.current;
    commit({ ...before, views: { ...before.views, [step]: { ...before.views[step], status: 'running' } } });
    const { buildStepRequest, runStep, sendToSandbox } = await loadRunner();
    build.current = buildStepRequest;
    const next = await runStep(latest.current, step, sendToSandbox, () => new Date());
    commit(next);
    setRunning(undefined);
    const view = next.views[step];
    const status = view.response ? `${view.response.status}. ` : '';
    setAnnouncement(
      `Step ${stepIndex(step) + 1}, ${title}: ${view.status === 'done' ? 'done' : 'failed'}, ${status}${view.result?.summary ?? ''}`,
    );
    return view.status === 'done';
  }

  async function runAll() {
    // Start over when the journey is complete, so "run all" always ends in a fresh booking.
    let step: StepId | undefined = findNextStep(latest.current) ?? flowSteps[0]!.id;
    while (step) {
      if (!(await run(step))) return;
      step = findNextStep(latest.current);
    }
  }

  function startOver() {
    build.current = buildBeforeRun;
    commit(fresh());
    setAnnouncement('The journey starts again from step 1.');
  }

  const busy = running !== undefined || !hydrated;
  return (
    <div class="sf-widget">
      <div class="sf-toolbar">
        <button type="button" class="sf-primary" onClick={runAll} disabled={busy}>
          Run all steps
        </button>
        <button type="button" onClick={startOver} disabled={busy}>
          Start again
        </button>
        <span class="sf-progress" aria-hidden="true">
          {flowSteps.filter(({ id }) => state.views[id].status === 'done').length} of {flowSteps.length} steps done
        </span>
      </div>
      <p class="sf-live" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ol class="sf-steps">
        {flowSteps.map((step, index) => (
          <StepPanel
            key={step.id}
            step={step}
            number={index + 1}
            idPrefix={idPrefix}
            view={state.views[step.id]}
            values={state.values}
            isCurrent={step.id === current}
            busy={busy}
            suggestions={suggestions}
            onRun={() => void run(step.id)}
            onText={(text) =>
              commit({
                ...latest.current,
                views: { ...latest.current.views, [step.id]: { ...latest.current.views[step.id], text } },
              })
            }
            onValues={(change) => commit(updateValues(latest.current, step.id, change, new Date(), build.current))}
          />
        ))}
      </ol>
    </div>
  );
}
