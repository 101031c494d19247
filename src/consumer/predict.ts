// src/consumer/predict.ts: what a GP Connect provider will answer to a request, as the consumer core predicts it
// before sending: the first rule broken in the provider's order (headers, then the JWT, then the body or the
// change to an appointment), or a warning, or success. The widgets show these predictions; the contract suite
// holds the sandbox to them.
import { interactions, type InteractionKey } from '../spec/interactions.ts';
import type { SpineCode } from '../spec/spine-errors.ts';
import type { Appointment } from 'fhir/r3';
import { checkAppointmentChange } from './appointment-changes.ts';
import { checkClaims } from './claims.ts';
import { checkGpcHeaders, type Finding } from './headers.ts';
import { decodeJwt } from './jwt.ts';
import { checkStructuredParameters } from './structured-parameters.ts';
import { findHeader, type WireRequest } from './wire.ts';

export type PredictedOutcome = { status: number; code: SpineCode } | 'warning' | 'ok';

/** Every finding for the request, in the order a provider checks them. */
export function findProblems(
  request: WireRequest,
  context: {
    interaction: InteractionKey;
    providerAsid: string;
    now: Date;
    today: string;
    /** For amend and cancel: the appointment as last read, which the change is compared with. */
    stored?: Appointment;
  },
): Finding[] {
  const interaction = interactions[context.interaction];
  const findings = checkGpcHeaders(request.headers, {
    interaction,
    method: request.method,
    providerAsid: context.providerAsid,
  });
  const token = /^Bearer (\S+)$/.exec(findHeader(request.headers, 'Authorization')?.trim() ?? '')?.[1];
  if (token) {
    const decoded = decodeJwt(token);
    if (!decoded.ok)
      findings.push({
        subject: 'Authorization',
        message: decoded.error,
        outcome: { status: 400, code: 'BAD_REQUEST' },
      });
    else
      findings.push(
        ...checkClaims(decoded.payload, interaction, context.now).map(({ claim, message, outcome }) => ({
          subject: claim,
          message,
          outcome,
        })),
      );
  }
  if (context.interaction === 'S1') {
    let body: unknown;
    try {
      body = JSON.parse(request.body ?? '');
    } catch {
      body = undefined;
    }
    findings.push(
      ...checkStructuredParameters(body, context.today).map(({ parameter, message, outcome }) => ({
        subject: parameter,
        message,
        outcome,
      })),
    );
  }
  if ((context.interaction === 'A4' || context.interaction === 'A5') && context.stored)
    findings.push(...checkAppointmentChange(context.interaction, request, context.stored));
  return findings;
}

/** The answer the provider will give: the first error found, else a warning, else success. */
export function predictOutcome(findings: readonly Finding[]): PredictedOutcome {
  const error = findings.find((finding) => finding.outcome !== 'warning');
  if (error) return error.outcome;
  return findings.length > 0 ? 'warning' : 'ok';
}
