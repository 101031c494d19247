// src/exports/openapi/resources.ts: which FHIR resource an operation takes or returns, as a schema that names the
// resourceType and links the GP Connect profile; the profile, not this file, describes the resource's elements.
import type { Interaction } from '../../spec/interactions.ts';
import { profiles } from '../../spec/profiles.ts';

/** The resource type an interaction answers with on success. */
export function resourceTypeOf(interaction: Interaction): string {
  const path = interaction.path;
  if (path === '/metadata') return 'CapabilityStatement';
  if (path.endsWith('/{id}')) return path.split('/')[1] ?? 'Resource';
  // Searches and the $gpc operations answer with a Bundle; a booking with the Appointment as booked.
  return interaction.method === 'POST' && !path.includes('$') ? (path.split('/')[1] ?? 'Resource') : 'Bundle';
}

/** The profile whose name ends in the resource type (GPConnect-Appointment-1, CareConnect-GPC-Patient-1). */
const profileOf = (resourceType: string) =>
  Object.values(profiles).find((profile) => profile.url.endsWith(`-${resourceType}-1`))?.url;

export function resourceSchema(resourceType: string) {
  const profile = profileOf(resourceType);
  return {
    type: 'object',
    required: ['resourceType'],
    properties: { resourceType: { const: resourceType } },
    ...(profile ? { externalDocs: { description: 'GP Connect profile', url: profile } } : {}),
  };
}
