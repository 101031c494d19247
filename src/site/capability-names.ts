// src/site/capability-names.ts: how each capability key of the front matter is written for readers.
import type { capabilityKeys } from './frontmatter.ts';

export const capabilityNames: Record<(typeof capabilityKeys)[number], string> = {
  foundations: 'Foundations',
  appointments: 'Appointment Management',
  structured: 'Access Record Structured',
  documents: 'Access Document',
  html: 'Access Record HTML',
};
