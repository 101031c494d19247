// src/exports/collections/plan.ts: the order a capability's collection sends its named examples in. Examples that
// need an earlier answer (a free slot, a booked appointment, a patient's documents) get that request inserted in
// front of them, the way the widget runs prerequisites, so every collection runs top to bottom against a fresh sandbox.
import type { CapabilityKey } from '../../spec/capabilities.ts';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { examples, findExample, type Example } from '../../widgets/examples/index.ts';

/** A value a request's answer supplies to later requests; each becomes `{{variables}}` in the collection. */
export type Capture =
  { kind: 'patientId' } | { kind: 'freeSlot' } | { kind: 'appointment' } | { kind: 'documents'; patient: string };

export interface PlannedStep {
  interaction: InteractionKey;
  example: string;
  preset: Example;
  /** Patient key the step is sent for, when it differs from the example's own (a document search for patient4). */
  patient?: string;
  /** True when the step is there to supply a value to the step after it. */
  prerequisite: boolean;
  captures: Capture[];
}

/** The patient whose logical id a collection learns from its patient search (the test pack's rich patient). */
export const SEARCHED_PATIENT = 'patient2';

const step = (interaction: InteractionKey, example: string, prerequisite: boolean, patient?: string): PlannedStep => {
  const preset = findExample(interaction, example);
  if (!preset) throw new Error(`collections: interaction ${interaction} has no example named "${example}".`);
  return { interaction, example, preset, prerequisite, captures: [], ...(patient ? { patient } : {}) };
};

/** What a successful answer of this step teaches later steps. */
function capturesOf(planned: PlannedStep): Capture[] {
  if (planned.preset.expect.status >= 300) return [];
  const { interaction, example } = planned;
  if ((interaction === 'F2' || interaction === 'D2') && example === 'find-patient2') return [{ kind: 'patientId' }];
  if (interaction === 'A1' && example === 'free-slots-org1') return [{ kind: 'freeSlot' }];
  if (interaction === 'A2' || interaction === 'A3' || interaction === 'A4' || interaction === 'A5')
    return [{ kind: 'appointment' }];
  if (interaction === 'D3') return [{ kind: 'documents', patient: planned.patient ?? planned.preset.patient ?? '' }];
  return [];
}

/** Every named example of the capability, in registry order, with the requests they depend on put first. */
export function planCapability(capability: CapabilityKey): PlannedStep[] {
  const keys = (Object.keys(examples) as InteractionKey[]).filter((key) => interactions[key].capability === capability);
  const plan: PlannedStep[] = [];
  const state = { slot: false, appointment: 'none' as 'none' | 'booked' | 'cancelled', documents: new Set<string>() };
  const add = (planned: PlannedStep) => {
    planned.captures = capturesOf(planned);
    plan.push(planned);
    const ok = planned.preset.expect.status < 300;
    if (planned.interaction === 'A1' && planned.captures.length > 0) state.slot = true;
    if (planned.interaction === 'A3' && ok) [state.slot, state.appointment] = [false, 'booked'];
    if (planned.interaction === 'A5' && ok) state.appointment = 'cancelled';
    for (const capture of planned.captures) if (capture.kind === 'documents') state.documents.add(capture.patient);
  };
  // Appointment Management books for a patient: learn the patient's logical id from a search first, as SpineFlow does.
  if (capability === 'appointments') add(step('F2', 'find-patient2', true));
  for (const key of keys) {
    for (const name of Object.keys(examples[key])) {
      const planned = step(key, name, false);
      const needs = planned.preset.needs;
      const needsBooking = needs === 'appointment' && state.appointment !== 'booked';
      if ((needs === 'free-slot' || needsBooking) && !state.slot) add(step('A1', 'free-slots-org1', true));
      if (needsBooking) add(step('A3', 'book-appointment', true));
      const patient = planned.preset.patient ?? '';
      if (needs === 'document' && !state.documents.has(patient)) add(step('D3', 'patient2-documents', true, patient));
      add(planned);
    }
  }
  return plan;
}
