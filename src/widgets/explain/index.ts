// Explains an OperationOutcome in plain words: the Spine code, what it means, the likely cause in this request,
// and a link to the code's row of the error table on /guidance/error-handling/.
import { isValidNhsNumber } from '../../spec/nhs-number.ts';
import {
  SPINE_CODE_ALIASES,
  SPINE_ERROR_SYSTEM,
  SSP_ERROR_SYSTEM,
  spineErrors,
  type SpineCode,
} from '../../spec/spine-errors.ts';
import { findTestPatient } from '../../spec/test-patients.ts';
import { SSP_HEADERS } from '../../spec/headers.ts';
import { findHeader } from '../../consumer/wire.ts';
import { describeUnknownInteractionId } from '../../sandbox/spine/interaction-id.ts';

/** The page holding the full table; each row has the anchor `#error-<CODE>` (a space becomes a hyphen). */
export const ERROR_TABLE_PATH = '/guidance/error-handling/';

export interface Explanation {
  severity: string;
  /** The Spine code, or the SSP's HTTP status code. */
  code: string;
  display: string;
  /** What the code means in general. */
  meaning: string;
  /** What most likely caused it in this request. */
  cause: string;
  diagnostics?: string;
  link?: string;
}

/** What the explainer may look at in the request that was sent. */
export interface ExplainContext {
  interaction: string;
  /** The request URL and body text, searched for the NHS number. */
  url: string;
  body: string | null;
  /** The request headers, for the Ssp-InteractionID that was sent; without them that suspect is not checked. */
  headers?: Array<[string, string]>;
}

type Json = Record<string, any>;

/** The OperationOutcome of an error response, or the warning one inside a 200 Bundle. */
export function findOperationOutcome(body: unknown): Json | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const resource = body as Json;
  if (resource.resourceType === 'OperationOutcome') return resource;
  if (resource.resourceType === 'Bundle' && Array.isArray(resource.entry)) {
    return resource.entry
      .map((entry: Json) => entry?.resource)
      .find((item: Json) => item?.resourceType === 'OperationOutcome');
  }
  return undefined;
}

export function errorTableLink(code: string): string {
  return `${ERROR_TABLE_PATH}#error-${code.replace(/ /g, '-')}`;
}

/** One explanation per issue of the response's OperationOutcome; none when there is none. */
export function explainResponse(body: unknown, context: ExplainContext): Explanation[] {
  const outcome = findOperationOutcome(body);
  if (!outcome || !Array.isArray(outcome.issue)) return [];
  return outcome.issue.map((issue: Json) => explainIssue(issue, context));
}

function explainIssue(issue: Json, context: ExplainContext): Explanation {
  const coding: Json = issue.details?.coding?.[0] ?? {};
  const diagnostics = typeof issue.diagnostics === 'string' ? issue.diagnostics : undefined;
  const severity = String(issue.severity ?? 'error');
  const base = { severity, ...(diagnostics ? { diagnostics } : {}) };
  if (coding.system === SSP_ERROR_SYSTEM) {
    const suspect = interactionIdSuspect(context);
    return {
      ...base,
      code: String(coding.code),
      display: String(coding.display ?? ''),
      meaning: 'The Spine Secure Proxy refused the request before it reached the provider.',
      cause: suspect
        ? `${suspect} The proxy authorises senders per interaction, so it reports this as a failed ASID check: fix the ID before the ASID registration.`
        : 'Compare the provider URL and ASIDs with what SDS returned for this practice and interaction.',
    };
  }
  const raw = String(coding.code ?? '');
  const code = (SPINE_CODE_ALIASES[raw] ?? raw) as SpineCode;
  const definition = spineErrors[code];
  if (!definition || (coding.system && coding.system !== SPINE_ERROR_SYSTEM)) {
    return {
      ...base,
      code: raw || String(issue.code ?? 'unknown'),
      display: String(coding.display ?? issue.code ?? ''),
      meaning: 'This code is not one of the Spine error or warning codes GP Connect uses.',
      cause: 'The server may not be a GP Connect provider; read the diagnostics.',
    };
  }
  return {
    ...base,
    code,
    display: definition.display,
    meaning: definition.meaning,
    cause: describeCause(code, issue, context),
    link: errorTableLink(code),
  };
}

/** What is wrong with the request's Ssp-InteractionID, when the headers were given and it is not a defined ID. */
function interactionIdSuspect(context: ExplainContext): string | undefined {
  if (!context.headers) return undefined;
  return describeUnknownInteractionId((findHeader(context.headers, SSP_HEADERS.interactionId) ?? '').trim());
}

/** The NHS number the request carries: in a search identifier or a Parameters body. */
export function findNhsNumber(context: ExplainContext): string | undefined {
  const text = `${decodeURIComponent(context.url)} ${context.body ?? ''}`;
  return /nhs-number(?:\||"\s*,\s*"value"\s*:\s*")(\d+)/.exec(text)?.[1];
}

/** The check digit the first nine digits call for (tried against the one Modulus 11 check), or undefined if none fits. */
export function expectedCheckDigit(nhsNumber: string): number | undefined {
  for (let digit = 0; digit <= 9; digit++) if (isValidNhsNumber(nhsNumber.slice(0, 9) + digit)) return digit;
  return undefined;
}

function describeCause(code: SpineCode, issue: Json, context: ExplainContext): string {
  const nhsNumber = findNhsNumber(context);
  const patient = nhsNumber ? findTestPatient(nhsNumber) : undefined;
  switch (code) {
    case 'INVALID_NHS_NUMBER':
      if (nhsNumber && !isValidNhsNumber(nhsNumber)) {
        if (nhsNumber.length !== 10)
          return `${nhsNumber} has ${nhsNumber.length} digits; an NHS number has exactly 10.`;
        const digit = expectedCheckDigit(nhsNumber);
        return digit === undefined
          ? `${nhsNumber} can never be valid: its first nine digits give a check value of 10.`
          : `${nhsNumber} fails the Modulus 11 check: with these first nine digits the last digit must be ${digit}.`;
      }
      return patient?.flags.superseded
        ? `${patient.key} (${nhsNumber}) is superseded on PDS, so the provider will not register it.`
        : 'The number is well formed, so PDS must hold it as invalid or superseded.';
    case 'PATIENT_NOT_FOUND':
      if (patient?.flags.sensitive)
        return `${patient.key} (${nhsNumber}) carries the PDS sensitive flag, so providers answer as if there were no such patient.`;
      if (patient?.flags.deceased) return `${patient.key} (${nhsNumber}) is deceased, so the record is not shared.`;
      if (patient?.flags.inactive) return `${patient.key} (${nhsNumber}) is no longer registered here.`;
      if (patient && !patient.practice)
        return `${nhsNumber} is a valid number, but no sandbox practice holds that patient.`;
      return 'No patient matches the id or NHS number in this request at this practice.';
    case 'NO_PATIENT_CONSENT':
      return patient
        ? `${patient.key} (${nhsNumber}) has dissented from sharing their record.`
        : 'The patient has dissented from sharing their record.';
    case 'INVALID_PATIENT_DEMOGRAPHICS':
      return patient
        ? `PDS checks failed for ${patient.key}: ${patient.role}`
        : 'The PDS trace for this NHS number did not pass.';
    case 'BAD_REQUEST': {
      const diagnostics = String(issue.diagnostics ?? '');
      const suspect = interactionIdSuspect(context);
      if (suspect) return suspect;
      // The interaction ID is the commonest hidden cause: one wrong letter's case makes it unknown.
      if (/InteractionID|interaction ID/i.test(diagnostics))
        return 'Check Ssp-InteractionID first: it must be the exact, case-sensitive ID of this interaction, for this verb, path and service root.';
      return /JWT|claim|token|Authorization/i.test(diagnostics)
        ? 'The JWT was refused: compare the diagnostics with the claim warnings shown before sending.'
        : 'A header, the verb, the interaction ID (Ssp-InteractionID, case-sensitive) or a required parameter is wrong: the diagnostics name it.';
    }
    case 'INVALID_PARAMETER':
      return context.interaction === 'S1'
        ? 'A Parameters rule of get structured record is broken: the diagnostics name the parameter, and the rule check above gives the rule.'
        : 'A parameter is missing, malformed or out of range: the diagnostics name it.';
    case 'NOT_IMPLEMENTED':
      return String(issue.severity) === 'warning'
        ? 'A warning, not a failure: the provider left out something it does not know or has switched off, and returned the rest.'
        : 'The provider does not offer this interaction.';
    case 'DUPLICATE_REJECTED':
      return 'The resource already exists: the patient is registered, or the slot was taken by an earlier booking.';
    case 'FHIR_CONSTRAINT_VIOLATION':
      return 'The If-Match version is not the current one: read the appointment again and send its new ETag. Consumers SHALL send If-Match on amend and cancel, even though providers accept a request without it.';
    default:
      return spineErrors[code].meaning;
  }
}
