// Builds a GP Connect request: from an interaction, a named example, a practice and a patient to an editable draft,
// and from a draft to the exact request on the wire (URL, Ssp-* headers with a fresh trace id, JWT, body).
// The URL and headers come from the consumer core (src/consumer/request.ts); SpineFlow reuses buildWireRequest.
import { SSP_HEADERS } from '../../spec/headers.ts';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { newUuid } from '../../spec/uuid.ts';
import { buildGpcHeaders, buildServiceUrl } from '../../consumer/request.ts';
import { endpointUrl, findPractice, practices } from '../../spec/practices.ts';
import { ukDate } from '../../spec/uk-time.ts';
import { findExample, DEFAULT_PRACTICE, type Example } from '../examples/index.ts';
import { findPatientChoice } from '../examples/patients.ts';
import { buildDefaultClaims, refreshClaimTimes } from '../../consumer/claims.ts';
import { decodeJwt, encodeJwt } from '../../consumer/jwt.ts';
import type { SessionState } from '../session/state.ts';
import type { WireRequest } from '../../consumer/wire.ts';

/** Everything the reader can edit; it is also what a share link and the history keep. */
export interface RequestDraft {
  interaction: InteractionKey;
  example: string;
  /** ODS code of the practice the request goes to. */
  practice: string;
  /** Key of the picked patient, when the example is about one. */
  patient: string | null;
  method: string;
  /** Path relative to the service root, for example /Patient/2. */
  path: string;
  query: Array<[string, string]>;
  /** Every header except Authorization, which is made from the token. */
  headers: Array<[string, string]>;
  /** The encoded JWT, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** True while iat and exp are the defaults: they are then renewed on every send, as a consumer must. */
  autoTimes: boolean;
  body: string | null;
}

/** Placeholder shown for Ssp-TraceID in an unsent draft; every send puts a new UUID there. */
export const TRACE_ID_PLACEHOLDER = 'new UUID on every send';

/** The example's request for this practice and patient (defaults: the example's own), as an editable draft. */
export function createDraft(
  interactionKey: InteractionKey,
  exampleName: string,
  options: { now: Date; session: SessionState; practice?: string; patient?: string | null },
): RequestDraft {
  const interaction = interactions[interactionKey];
  const example = requireExample(interactionKey, exampleName);
  const practice =
    findPractice(options.practice ?? example.practice ?? DEFAULT_PRACTICE) ?? practices[DEFAULT_PRACTICE];
  const patientKey = options.patient === undefined ? (example.patient ?? null) : options.patient;
  const built = example.build({
    now: options.now,
    today: ukDate(options.now),
    practice,
    patient: findPatientChoice(patientKey),
    session: options.session,
  });
  const claims = {
    ...buildDefaultClaims(interaction, endpointUrl(practice.odsCode, interaction.base), options.now),
    ...built.claims,
  };
  const body = built.body === undefined ? null : JSON.stringify(built.body, null, 2);
  return {
    interaction: interactionKey,
    example: exampleName,
    practice: practice.odsCode,
    patient: patientKey,
    method: interaction.method,
    path: built.path ?? interaction.path,
    query: built.query ?? [],
    headers: buildGpcHeaders({
      interaction,
      providerAsid: practice.asid,
      traceId: TRACE_ID_PLACEHOLDER,
      hasBody: body !== null,
      ...(built.ifMatch ? { ifMatch: built.ifMatch } : {}),
    }),
    token: encodeJwt(claims),
    autoTimes: true,
    body,
  };
}

function requireExample(interaction: InteractionKey, name: string): Example {
  const example = findExample(interaction, name);
  if (!example) throw new Error(`<TryIt>: interaction ${interaction} has no example named "${name}".`);
  return example;
}

/** The full URL of a draft: target base, the service root of the practice and interaction, the path and the query. */
export function buildUrl(
  draft: Pick<RequestDraft, 'interaction' | 'practice' | 'path' | 'query'>,
  base: string,
): string {
  return buildServiceUrl({ base, ...draft });
}

/** The token to send: renewed iat/exp when the reader left them alone, otherwise exactly as edited. */
export function tokenForSend(draft: RequestDraft, now: Date): string {
  if (!draft.autoTimes) return draft.token;
  const decoded = decodeJwt(draft.token);
  return decoded.ok ? encodeJwt(refreshClaimTimes(decoded.payload, now)) : draft.token;
}

/** The request on the wire; each call is one send, so it carries a new Ssp-TraceID. */
export function buildWireRequest(
  draft: RequestDraft,
  options: { base: string; now: Date; traceId?: string },
): WireRequest {
  const traceId = options.traceId ?? newUuid();
  const headers = draft.headers.map(([name, value]): [string, string] =>
    name.toLowerCase() === SSP_HEADERS.traceId.toLowerCase() ? [name, traceId] : [name, value],
  );
  headers.push(['Authorization', `Bearer ${tokenForSend(draft, options.now)}`]);
  return { method: draft.method, url: buildUrl(draft, options.base), headers, body: draft.body };
}
