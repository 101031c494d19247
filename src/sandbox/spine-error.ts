// The one way the sandbox reports a failure: a Spine code that knows its HTTP status and builds its OperationOutcome.
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r3';
import { OPERATION_OUTCOME_PROFILE, SPINE_ERROR_SYSTEM, spineErrors, type SpineCode } from '../spec/index.ts';
import { fhirResponse } from './respond.ts';

export interface SpineErrorOptions {
  /** An HTTP status other than the code's own, where the spec pairs a code with another status (415 BAD_REQUEST). */
  status?: number;
  /** Extra response headers (for example `Allow`). */
  headers?: Record<string, string>;
}

/** A failure the provider (or Spine) answers with an OperationOutcome coded from Spine-ErrorOrWarningCode-1. */
export class SpineError extends Error {
  // Plain fields rather than constructor parameter properties, so Node's type stripping runs this file unchanged.
  readonly code: SpineCode;
  readonly diagnostics: string;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(code: SpineCode, diagnostics: string, options: SpineErrorOptions = {}) {
    super(`${code}: ${diagnostics}`);
    this.name = 'SpineError';
    this.code = code;
    this.diagnostics = diagnostics;
    this.status = options.status ?? spineErrors[code].status;
    this.headers = options.headers ?? {};
  }

  toOperationOutcome(): OperationOutcome {
    return buildOperationOutcome([toIssue(this.code, this.diagnostics, 'error')]);
  }

  toResponse(): Response {
    return fhirResponse(this.toOperationOutcome(), { status: this.status, headers: this.headers });
  }
}

/** One OperationOutcome issue coded with a Spine code; ARS warnings pass `warning` and a `text`. */
export function toIssue(
  code: SpineCode,
  diagnostics: string,
  severity: 'error' | 'warning',
  text?: string,
): OperationOutcomeIssue {
  const { issueCode, display } = spineErrors[code];
  return {
    severity,
    code: issueCode,
    details: { coding: [{ system: SPINE_ERROR_SYSTEM, code, display }], ...(text ? { text } : {}) },
    diagnostics,
  };
}

/** An OperationOutcome with the GP Connect profile around the given issues. */
export function buildOperationOutcome(issue: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', meta: { profile: [OPERATION_OUTCOME_PROFILE] }, issue };
}

/** Turns anything thrown into a Response: SpineErrors answer for themselves, the rest become 500. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof SpineError) return error.toResponse();
  // Our bug, not the caller's: log it for whoever runs the sandbox, and answer as a provider would, with no stack trace.
  console.error('[gpconnect-sandbox] unexpected failure', error);
  // The exception's text stays in that log: it can name internals and says nothing the caller can act on.
  return new SpineError(
    'INTERNAL_SERVER_ERROR',
    'The sandbox failed unexpectedly. This is a sandbox defect, not a fault in the request; the request may be valid.',
  ).toResponse();
}
