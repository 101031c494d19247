// The GP Connect requests the benches send, built the way a <TryIt> widget builds them (its named examples, claims,
// Ssp-* headers and JWT), so a bench measures the exact requests a reader sends and stays valid as the spec data moves.
import { interactionList, type InteractionKey } from '../spec/interactions.ts';
import { findExample, listExampleNames } from '../widgets/examples/index.ts';
import { buildWireRequest, createDraft } from '../widgets/request/draft.ts';
import type { WireRequest, WireResponse } from '../consumer/wire.ts';
import { recordResponse, type FreeSlot, type SessionState } from '../widgets/session/state.ts';

/** The example's request with a path-only URL (`/B82617/STU3/1/gpconnect/...`), ready for any base. */
export function buildExampleRequest(
  interaction: InteractionKey,
  example: string,
  options: { now: Date; session?: SessionState },
): WireRequest {
  const draft = createDraft(interaction, example, { now: options.now, session: options.session ?? {} });
  return buildWireRequest(draft, { base: '', now: options.now });
}

/** The first example of each interaction that succeeds on its own (no earlier booking or search needed). */
export function listStandaloneExamples(): Array<{ interaction: InteractionKey; example: string }> {
  return interactionList.flatMap(({ key }) => {
    const example = listExampleNames(key).find((name) => {
      const preset = findExample(key, name);
      return preset !== undefined && preset.expect.status < 300 && preset.needs === undefined;
    });
    return example ? [{ interaction: key, example }] : [];
  });
}

/**
 * Every free slot in a search answer, in the order the widget would pick them: it keeps the first one it finds, so
 * each slot it picks is dropped from the bundle before looking again.
 */
export function listFreeSlots(response: WireResponse, context: { practice: string; now: Date }): FreeSlot[] {
  const bundle = JSON.parse(response.body) as { entry?: Array<{ resource?: { resourceType?: string; id?: string } }> };
  const slots: FreeSlot[] = [];
  for (;;) {
    const { freeSlot } = recordResponse({}, 'A1', context, { ...response, body: JSON.stringify(bundle) });
    if (!freeSlot) return slots;
    slots.push(freeSlot);
    bundle.entry = bundle.entry?.filter(
      ({ resource }) => !(resource?.resourceType === 'Slot' && resource.id === freeSlot.id),
    );
  }
}

/** What the session knows after a successful booking: the appointment to cancel, with its version for If-Match. */
export function sessionAfterBooking(response: WireResponse, context: { practice: string; now: Date }): SessionState {
  return recordResponse({}, 'A3', context, response);
}
