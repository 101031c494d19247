// The one registry of named <TryIt> examples: interaction key → example name → preset. Pages may use exactly these
// names (CONTRACTS.md); TryIt.astro fails the build on any other, and the e2e contract test sends every one.
import type { InteractionKey } from '../../spec/interactions.ts';
import type { PracticeOds } from '../../spec/practices.ts';
import { appointmentExamples } from './appointments.ts';
import { documentExamples } from './documents.ts';
import { foundationExamples } from './foundations.ts';
import { structuredExamples } from './structured.ts';
import type { Example } from './types.ts';

export type { Example, ExampleContext, ExampleRequest, Need } from './types.ts';

export const examples = {
  ...foundationExamples,
  ...appointmentExamples,
  ...structuredExamples,
  ...documentExamples,
} satisfies Record<InteractionKey, Record<string, Example>>;

/** The example names an interaction offers, typed: ExampleName<'F2'> is 'find-patient2' | 'find-bad-check-digit' | ... */
export type ExampleName<K extends InteractionKey> = keyof (typeof examples)[K] & string;

/** The practice an example's request goes to unless it names another (ORG1, the main test practice). */
export const DEFAULT_PRACTICE: PracticeOds = 'B82617';

/** The example names of an interaction, in registry order. */
export function listExampleNames(interaction: InteractionKey): string[] {
  return Object.keys(examples[interaction]);
}

/** The preset, or undefined when the interaction has no example of that name. */
export function findExample(interaction: InteractionKey, name: string): Example | undefined {
  const presets: Record<string, Example> = examples[interaction];
  return Object.hasOwn(presets, name) ? presets[name] : undefined;
}
