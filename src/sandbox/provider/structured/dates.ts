// Date filtering of clinical items: partial dates count as their whole year or month; undated items always match.
import type { MedicationRequest, MedicationStatement } from 'fhir/r3';
import { isPrescribedElsewhere, prescriptionTypeOf } from '../../data/records/items/medication.ts';
import type { DatePeriod } from './parameters.ts';

/** The first and last day a FHIR date or dateTime can mean (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html). */
export function toInterval(value: string): [string, string] {
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return [`${value}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
  }
  return [value.slice(0, 10), value.slice(0, 10)];
}

/** True when the item's date falls in the period, or when the item has no date. */
export function isInPeriod(value: string | undefined, period: DatePeriod | undefined): boolean {
  if (!value || !period) return true;
  const [low, high] = toInterval(value);
  return (period.start === undefined || high >= period.start) && (period.end === undefined || low <= period.end);
}

/** True when the diary entry falls due on or before the search date (undated entries always count). */
export const isDueBy = (value: string | undefined, searchDate: string | undefined): boolean =>
  !value || !searchDate || toInterval(value)[0] <= searchDate;

/**
 * True when the medication was active on or after `fromDate` (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html): prescribed elsewhere always; with an end
 * date, if it ended on or after the date; with none, an acute only on its start day, a repeat from its start onwards.
 */
export function isActiveFrom(
  statement: MedicationStatement,
  plan: MedicationRequest | undefined,
  fromDate: string | undefined,
): boolean {
  if (!fromDate || isPrescribedElsewhere(statement)) return true;
  const { start, end } = statement.effectivePeriod ?? {};
  if (end) return toInterval(end)[1] >= fromDate;
  if (!start) return true;
  return plan && prescriptionTypeOf(plan) === 'acute' ? toInterval(start)[1] >= fromDate : true;
}
