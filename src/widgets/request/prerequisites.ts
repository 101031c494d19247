// Runs the requests an example depends on when the reader has not made them yet: a slot search before a booking,
// a booking before read/amend/cancel, a document search before a retrieve. Each one is an ordinary named example,
// sent the same way and shown to the reader, so nothing happens behind their back.
import type { InteractionKey } from '../../spec/interactions.ts';
import type { Need } from '../examples/index.ts';
import { recordResponse, type SessionState } from '../session/state.ts';
import type { RequestDraft } from './draft.ts';
import { createDraft } from './draft.ts';
import type { WireResponse } from '../../consumer/wire.ts';

export interface PrerequisiteStep {
  interaction: InteractionKey;
  example: string;
  practice?: string;
  patient?: string | null;
}

/**
 * Stand-ins for values only earlier requests can supply, used when the page is built: the static request then
 * shows where the slot, appointment or document id will go.
 */
export const PREVIEW_SESSION: SessionState = {
  freeSlot: {
    id: '{slot id}',
    start: '{slot start}',
    end: '{slot end}',
    practice: '{practice}',
    locationId: '{location id}',
    practitionerId: '{practitioner id}',
  },
  appointment: {
    id: '{appointment id}',
    versionId: '{version id}',
    practice: '{practice}',
    status: 'booked',
    resource: { resourceType: 'Appointment', id: '{appointment id}', '…': '(the appointment exactly as last read)' },
  },
  documents: {
    patient2: [{ binaryId: '{binary id}', size: 0 }],
    patient4: [{ binaryId: '{binary id}', size: Number.MAX_SAFE_INTEGER }],
  },
};

/** The next request to make for `need`, or undefined once the session already holds what it needs. */
export function nextPrerequisite(
  need: Need,
  state: SessionState,
  context: { practice: string; patient: string | null },
): PrerequisiteStep | undefined {
  const searchSlots: PrerequisiteStep = { interaction: 'A1', example: 'free-slots-org1', practice: context.practice };
  if (need === 'free-slot') return state.freeSlot ? undefined : searchSlots;
  if (need === 'appointment') {
    if (state.appointment && state.appointment.status !== 'cancelled') return undefined;
    if (!state.freeSlot) return searchSlots;
    return { interaction: 'A3', example: 'book-appointment', practice: state.freeSlot.practice };
  }
  const patient = context.patient ?? '';
  return state.documents?.[patient]
    ? undefined
    : { interaction: 'D3', example: 'patient2-documents', practice: context.practice, patient };
}

/** Sends prerequisites until the need is met (at most three), returning the new state and what was sent. */
export async function runPrerequisites(
  need: Need,
  options: {
    state: SessionState;
    practice: string;
    patient: string | null;
    now: () => Date;
    send: (draft: RequestDraft) => Promise<WireResponse | undefined>;
  },
): Promise<{ state: SessionState; sent: Array<{ step: PrerequisiteStep; status: number | undefined }> }> {
  let state = options.state;
  const sent: Array<{ step: PrerequisiteStep; status: number | undefined }> = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const step = nextPrerequisite(need, state, options);
    if (!step) break;
    const draft = createDraft(step.interaction, step.example, {
      now: options.now(),
      session: state,
      ...(step.practice ? { practice: step.practice } : {}),
      ...(step.patient !== undefined ? { patient: step.patient } : {}),
    });
    const response = await options.send(draft);
    sent.push({ step, status: response?.status });
    if (!response) break;
    state = recordResponse(
      state,
      step.interaction,
      { practice: draft.practice, patient: draft.patient ?? undefined, now: options.now() },
      response,
    );
  }
  return { state, sent };
}
