// The steps of the live Spine walkthrough, in order; the sequence diagram and the island both read this list.
// The numbering (1a, 2c, 4d, ...) follows the worked booking sequence of the integration guidance (https://developer.nhs.uk/apis/gpconnect/integration_illustrated.html).

/** A participant in the flow: one lifeline of the sequence diagram. */
export type Actor = 'consumer' | 'pds' | 'sds' | 'ssp' | 'provider';

export type StepId =
  'pds-trace' | 'sds-mhs' | 'sds-as' | 'ssp-url' | 'metadata' | 'free-slots' | 'find-patient' | 'book';

/** One arrow of the diagram; `from === to` draws a note on that lifeline instead. */
export interface Message {
  from: Actor;
  to: Actor;
  label: string;
  isReply?: boolean;
}

export interface FlowStep {
  id: StepId;
  title: string;
  /** What the step finds out, in a phrase; shown in the step list and read out by the live region. */
  purpose: string;
  messages: Message[];
}

export const actors: { id: Actor; label: string }[] = [
  { id: 'consumer', label: 'Consumer' },
  { id: 'pds', label: 'PDS' },
  { id: 'sds', label: 'SDS' },
  { id: 'ssp', label: 'SSP' },
  { id: 'provider', label: 'Provider' },
];

/** A request that goes through the SSP: consumer → SSP → provider and back, four arrows. */
function buildSspMessages(number: number, request: string, answer: string): Message[] {
  return [
    { from: 'consumer', to: 'ssp', label: `${number}a ${request}` },
    { from: 'ssp', to: 'provider', label: `${number}b forward` },
    { from: 'provider', to: 'ssp', label: `${number}c response`, isReply: true },
    { from: 'ssp', to: 'consumer', label: `${number}d ${answer}`, isReply: true },
  ];
}

export const flowSteps: FlowStep[] = [
  {
    id: 'pds-trace',
    title: 'Trace the patient on PDS',
    purpose: 'the ODS code of the registered practice',
    messages: [
      { from: 'consumer', to: 'pds', label: '1a trace' },
      { from: 'pds', to: 'consumer', label: '1b ODS code', isReply: true },
    ],
  },
  {
    id: 'sds-mhs',
    title: 'Look up the MHS record on SDS',
    purpose: 'the provider endpoint and its party key',
    messages: [
      { from: 'consumer', to: 'sds', label: '2a MHS lookup' },
      { from: 'sds', to: 'consumer', label: '2b endpoint, party key', isReply: true },
    ],
  },
  {
    id: 'sds-as',
    title: 'Look up the AS record on SDS',
    purpose: 'the provider ASID',
    messages: [
      { from: 'consumer', to: 'sds', label: '2c AS lookup' },
      { from: 'sds', to: 'consumer', label: '2d ASID', isReply: true },
    ],
  },
  {
    id: 'ssp-url',
    title: 'Build the SSP URL',
    purpose: 'the proxy address every later request uses',
    messages: [{ from: 'consumer', to: 'consumer', label: 'SSP URL' }],
  },
  {
    id: 'metadata',
    title: 'Read the capability statement',
    purpose: 'what the provider supports',
    messages: buildSspMessages(3, 'GET /metadata', 'CapabilityStatement'),
  },
  {
    id: 'free-slots',
    title: 'Search for free slots',
    purpose: 'a free slot to book',
    messages: buildSspMessages(4, 'GET /Slot', 'free slots'),
  },
  {
    id: 'find-patient',
    title: 'Find the patient at the practice',
    purpose: "the provider's logical id for the patient",
    messages: buildSspMessages(5, 'GET /Patient', 'Patient id'),
  },
  {
    id: 'book',
    title: 'Book the appointment',
    purpose: 'the booked appointment',
    messages: buildSspMessages(6, 'POST /Appointment', 'Appointment'),
  },
];

/** Looks a step up by id; the list is fixed, so an unknown id is a programming error. */
export function findStep(id: StepId): FlowStep {
  const step = flowSteps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No Spine flow step "${id}"`);
  return step;
}
