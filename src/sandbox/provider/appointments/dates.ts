// Date and dateTime parameters of Appointment Management: whole dates, UK offsets, no partial dates (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html).
import { UK_OFFSETS } from '../../../spec/index.ts';
import { hasCorrectUkOffset } from '../../../spec/uk-time.ts';

/** True for a real calendar date written `yyyy-mm-dd`. */
export function isFullDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** True for `yyyy-mm-ddThh:mm[:ss]` with the UK offset that is right for that moment (+00:00 in GMT, +01:00 in BST). */
export function isUkDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?([+-]\d\d:\d\d)$/.exec(value);
  if (!match || !isFullDate(match[1] as string)) return false;
  return (UK_OFFSETS as readonly string[]).includes(match[5] as string) && hasCorrectUkOffset(value);
}

/** Splits a search value such as `ge2025-06-01` into its prefix and value. */
export function splitPrefix(value: string): { prefix: string; value: string } {
  const match = /^([a-z]{2})(.*)$/.exec(value);
  return match ? { prefix: match[1] as string, value: match[2] as string } : { prefix: '', value };
}
