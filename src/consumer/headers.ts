// src/consumer/headers.ts: the header rules a provider applies before it reads anything else, as the consumer
// checks them before sending: every Ssp-* header present, a UUID trace id, a known interaction ID that fits the
// request, and the provider's own ASID in Ssp-To.
// https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html (request headers)
// https://developer.nhs.uk/apis/gpconnect/integration_interaction_ids.html
import { UUID_PATTERN } from '../spec/uuid.ts';
import { SSP_HEADERS } from '../spec/headers.ts';
import { findInteractionById, type Interaction } from '../spec/interactions.ts';
import type { SpineCode } from '../spec/spine-errors.ts';
import { findHeader } from './wire.ts';

/** One rule a request breaks, with what the provider answers. */
export interface Finding {
  /** The header, claim or parameter the rule is about. */
  subject: string;
  message: string;
  /** The error the provider answers with, or 'warning' when it answers 200 with a warning. */
  outcome: { status: number; code: SpineCode } | 'warning';
}

const badRequest = { status: 400, code: 'BAD_REQUEST' } as const;

/** Every header rule the request breaks for the interaction the reader chose and the provider it goes to. */
export function checkGpcHeaders(
  headers: Array<[string, string]>,
  expected: { interaction: Interaction; method: string; providerAsid: string },
): Finding[] {
  const findings: Finding[] = [];
  const add = (subject: string, message: string) => findings.push({ subject, message, outcome: badRequest });
  for (const name of Object.values(SSP_HEADERS)) {
    if (!findHeader(headers, name)?.trim()) add(name, `${name} is missing or blank; every request carries it.`);
  }
  const traceId = findHeader(headers, SSP_HEADERS.traceId)?.trim();
  if (traceId && !UUID_PATTERN.test(traceId))
    add(SSP_HEADERS.traceId, `${SSP_HEADERS.traceId} must be a UUID, new for each request.`);
  const id = findHeader(headers, SSP_HEADERS.interactionId)?.trim();
  if (id) {
    const named = findInteractionById(id);
    if (!named) {
      add(
        SSP_HEADERS.interactionId,
        `${id} is not a GP Connect interaction ID (they are case-sensitive); ${expected.interaction.name} is ${expected.interaction.id}.`,
      );
    } else if (named.id !== expected.interaction.id) {
      add(
        SSP_HEADERS.interactionId,
        `${id} is ${named.name}, but this request is ${expected.interaction.name} (${expected.interaction.id}).`,
      );
    } else if (expected.method !== named.method) {
      add(SSP_HEADERS.interactionId, `${named.name} uses ${named.method}, not ${expected.method}.`);
    }
  }
  const to = findHeader(headers, SSP_HEADERS.to)?.trim();
  if (to && to !== expected.providerAsid) {
    add(
      SSP_HEADERS.to,
      `${SSP_HEADERS.to} must be the provider's ASID (${expected.providerAsid}), as SDS returned it.`,
    );
  }
  if (!findHeader(headers, 'Authorization')?.trim()) add('Authorization', 'Authorization: Bearer <JWT> is missing.');
  return findings;
}
