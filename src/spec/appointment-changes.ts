// What amend (A4) and cancel (A5) may change in a stored appointment, as one rule table and one check that the
// sandbox and the consumer core both run:
// https://developer.nhs.uk/apis/gpconnect/appointments_use_case_amend_an_appointment.html#payload-request-body
// https://developer.nhs.uk/apis/gpconnect/appointments_use_case_cancel_an_appointment.html#payload-request-body
import { MAX_COMMENT_LENGTH, MAX_DESCRIPTION_LENGTH, appointmentExtensions } from './appointments.ts';
import type { SpineCode } from './spine-errors.ts';
import { isJsonObject as isObject } from './json.ts';

type Json = Record<string, unknown>;

export interface AppointmentChangeRule {
  /** Top-level elements the request may differ in; every other element must equal the stored one (`meta` aside). */
  mayChange: readonly string[];
  /** Extensions (by URL) the request may add or change. */
  mayChangeExtensions: readonly string[];
  /** The status the request must carry, if the interaction sets one. */
  status?: 'cancelled';
  /** Whether the cancellation-reason extension must be present, or must be absent. */
  cancellationReason: 'required' | 'forbidden';
  /** What may change, as the error for any other change says it. */
  allowed: string;
}

export const appointmentChangeRules = {
  A4: {
    mayChange: ['description', 'comment'],
    mayChangeExtensions: [],
    cancellationReason: 'forbidden',
    allowed: 'Only description and comment may be amended',
  },
  A5: {
    mayChange: ['status'],
    mayChangeExtensions: [appointmentExtensions.cancellationReason],
    status: 'cancelled',
    cancellationReason: 'required',
    allowed: 'Only status and the cancellation reason may change when cancelling',
  },
} as const satisfies Record<'A4' | 'A5', AppointmentChangeRule>;

export type AppointmentChangeKey = keyof typeof appointmentChangeRules;

/** A broken change rule: the Spine code the provider answers with (status 422 for both) and what is wrong. */
export interface ChangeBreach {
  code: Extract<SpineCode, 'INVALID_RESOURCE' | 'INVALID_PARAMETER'>;
  message: string;
}

const extensionsOf = (appointment: Json): Json[] =>
  Array.isArray(appointment.extension) ? appointment.extension.filter(isObject) : [];

/** The description or comment problem of an appointment's texts, if any (book, amend and cancel share the limits). */
export function findTextBreach(appointment: Json, descriptionRequired: boolean): ChangeBreach | undefined {
  const { description, comment } = appointment;
  if (description === undefined && descriptionRequired)
    return { code: 'INVALID_RESOURCE', message: 'Appointment.description is required.' };
  if (description !== undefined && (typeof description !== 'string' || description.length > MAX_DESCRIPTION_LENGTH))
    return {
      code: 'INVALID_RESOURCE',
      message: `Appointment.description must be text of at most ${MAX_DESCRIPTION_LENGTH} characters.`,
    };
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > MAX_COMMENT_LENGTH))
    return {
      code: 'INVALID_RESOURCE',
      message: `Appointment.comment must be text of at most ${MAX_COMMENT_LENGTH} characters.`,
    };
  return undefined;
}

/** JSON with object keys sorted, so two values compare by content whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The appointment without `meta`, the elements a rule lets change, and the extensions it lets change. */
function comparable(appointment: Json, rule: AppointmentChangeRule): Json {
  const copy: Json = { ...appointment };
  for (const key of ['meta', ...rule.mayChange]) delete copy[key];
  const extension = extensionsOf(appointment).filter((e) => !rule.mayChangeExtensions.includes(String(e.url)));
  if (extension.length > 0) copy.extension = extension;
  else delete copy.extension;
  return copy;
}

/** The first top-level element (in name order) whose value differs between the two. */
function firstDifference(stored: Json, sent: Json): string | undefined {
  const keys = new Set([...Object.keys(stored), ...Object.keys(sent)]);
  return [...keys].sort().find((key) => canonical(stored[key]) !== canonical(sent[key]));
}

/**
 * The first rule the sent appointment breaks against the stored one, in the order providers check them: the
 * cancellation reason, the status, the texts, then any element the interaction may not change.
 */
export function findChangeBreach(key: AppointmentChangeKey, stored: Json, sent: Json): ChangeBreach | undefined {
  const rule: AppointmentChangeRule = appointmentChangeRules[key];
  const reason = extensionsOf(sent).find((e) => e.url === appointmentExtensions.cancellationReason);
  if (rule.cancellationReason === 'forbidden' && reason)
    return {
      code: 'INVALID_RESOURCE',
      message: 'An amendment must not carry a cancellation reason; cancel with the cancel interaction.',
    };
  if (rule.status && sent.status !== rule.status)
    return {
      code: 'INVALID_RESOURCE',
      message: `Appointment.status must be ${rule.status}; received ${JSON.stringify(sent.status)}.`,
    };
  if (rule.cancellationReason === 'required') {
    const text = reason?.valueString;
    // The provider test pack expects INVALID_PARAMETER for a missing or empty reason.
    if (typeof text !== 'string' || text.trim() === '')
      return {
        code: 'INVALID_PARAMETER',
        message: `The ${appointmentExtensions.cancellationReason} extension with a valueString reason is required.`,
      };
  }
  const texts = findTextBreach(sent, false);
  if (texts) return texts;
  const changed = firstDifference(comparable(stored, rule), comparable(sent, rule));
  if (changed === undefined) return undefined;
  return {
    code: 'INVALID_RESOURCE',
    message: `${rule.allowed}, but ${changed} differs from the stored appointment.`,
  };
}
