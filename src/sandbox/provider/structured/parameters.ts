// Reads an operation's `Parameters` body: shape errors, repeated names, typed values, and whole-date checks.
import type { Identifier, Parameters, ParametersParameter, Period } from 'fhir/r3';
import { SpineError } from '../../spine-error.ts';
import { readFhirBody } from '../../validate/content.ts';
import { checkNhsNumber, checkSystem, NHS_NUMBER_SYSTEM } from '../../validate/identifiers.ts';

/** The value[x] types the GP Connect operations use. */
export type ValueType =
  'valueBoolean' | 'valueDate' | 'valuePeriod' | 'valuePositiveInt' | 'valueCode' | 'valueIdentifier';

const describe = (value: unknown): string => JSON.stringify(value)?.slice(0, 80) ?? String(value);

/** Parses the request body as a Parameters resource: malformed is 400, anything else 422 INVALID_RESOURCE. */
export async function readParameters(request: Request, operation: string): Promise<ParametersParameter[]> {
  const body = await readFhirBody(request, `${operation} body`);
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    (body as Parameters).resourceType !== 'Parameters'
  ) {
    const type =
      typeof body === 'object' && body !== null ? (body as { resourceType?: unknown }).resourceType : undefined;
    throw new SpineError(
      'INVALID_RESOURCE',
      `The ${operation} body must be a Parameters resource, not ${type === undefined ? describe(body) : `a ${describe(type)}`}.`,
    );
  }
  const parameter = (body as Parameters).parameter;
  if (parameter === undefined) return [];
  if (!Array.isArray(parameter))
    throw new SpineError('INVALID_RESOURCE', 'Parameters.parameter must be an array of parameters.');
  parameter.forEach((p, i) => checkParameterShape(p, `Parameters.parameter[${i}]`));
  return parameter;
}

function checkParameterShape(p: unknown, where: string): void {
  if (typeof p !== 'object' || p === null || Array.isArray(p))
    throw new SpineError('INVALID_RESOURCE', `${where} must be an object.`);
  const { name, part } = p as ParametersParameter;
  if (typeof name !== 'string' || name === '') throw new SpineError('INVALID_RESOURCE', `${where} has no name.`);
  if (part !== undefined) {
    if (!Array.isArray(part)) throw new SpineError('INVALID_RESOURCE', `${where} (${name}): part must be an array.`);
    part.forEach((child, i) => checkParameterShape(child, `${where}.part[${i}]`));
  }
}

/** Groups parameters by name; a name sent twice is 422 (INVALID_PARAMETER at the top level, INVALID_RESOURCE for parts). */
export function indexByName(parameters: ParametersParameter[], parent?: string): Map<string, ParametersParameter> {
  const byName = new Map<string, ParametersParameter>();
  for (const p of parameters) {
    if (byName.has(p.name)) {
      throw parent
        ? new SpineError(
            'INVALID_RESOURCE',
            `The part ${parent}.${p.name} is sent more than once; send each part once.`,
          )
        : new SpineError(
            'INVALID_PARAMETER',
            `The parameter ${p.name} is sent more than once; send each parameter once.`,
          );
    }
    byName.set(p.name, p);
  }
  return byName;
}

/** The typed value of a (part) parameter: no value or another value[x] is 422 INVALID_PARAMETER naming it. */
export function readValue<T extends ValueType>(
  p: ParametersParameter,
  type: T,
  label: string,
): NonNullable<ParametersParameter[T]> {
  const present = Object.keys(p).filter((key) => key.startsWith('value'));
  if (present.length === 0) throw new SpineError('INVALID_PARAMETER', `${label} has no value; send it as ${type}.`);
  const value = p[type];
  if (value === undefined || value === null) {
    throw new SpineError('INVALID_PARAMETER', `${label} must be sent as ${type}, not ${present.join(', ')}.`);
  }
  const valid = {
    valueBoolean: typeof value === 'boolean',
    valueDate: typeof value === 'string',
    valueCode: typeof value === 'string',
    valuePositiveInt: Number.isInteger(value) && (value as number) > 0,
    valuePeriod: typeof value === 'object' && !Array.isArray(value),
    valueIdentifier: typeof value === 'object' && !Array.isArray(value),
  }[type];
  if (!valid) throw new SpineError('INVALID_PARAMETER', `${label} has an invalid ${type}: ${describe(value)}.`);
  return value as NonNullable<ParametersParameter[T]>;
}

/** The NHS number of `patientNHSNumber` (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html): wrong type 422, wrong system 400, bad number 400 INVALID_NHS_NUMBER. */
export function readNhsNumber(p: ParametersParameter): string {
  const identifier = readValue(p, 'valueIdentifier', 'patientNHSNumber') as Identifier;
  if (typeof identifier.value !== 'string' || identifier.value === '') {
    throw new SpineError(
      'INVALID_PARAMETER',
      'patientNHSNumber.valueIdentifier has no value; put the NHS number in value.',
    );
  }
  checkSystem({ system: identifier.system ?? '', value: identifier.value }, [NHS_NUMBER_SYSTEM]);
  checkNhsNumber(identifier.value, 'patientNHSNumber');
  return identifier.value;
}

const WHOLE_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A whole `yyyy-mm-dd` date (no partial date, time or offset), else 422 INVALID_PARAMETER naming `label`. */
export function checkWholeDate(value: unknown, label: string): string {
  if (typeof value !== 'string' || !WHOLE_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `${label} ${describe(value)} must be a whole date, yyyy-mm-dd, with no time or offset.`,
    );
  }
  return value;
}

export interface DatePeriod {
  start?: string;
  end?: string;
}

/** A search period of whole dates, neither after `today`, start not after end (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html). */
export function readSearchPeriod(p: ParametersParameter, label: string, today: string): DatePeriod {
  const period = readValue(p, 'valuePeriod', label) as Period;
  if (period.start === undefined && period.end === undefined) {
    throw new SpineError('INVALID_PARAMETER', `${label} has neither start nor end; send at least one.`);
  }
  const start = period.start === undefined ? undefined : checkWholeDate(period.start, `${label}.start`);
  const end = period.end === undefined ? undefined : checkWholeDate(period.end, `${label}.end`);
  for (const [name, date] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (date && date > today)
      throw new SpineError(
        'INVALID_PARAMETER',
        `${label}.${name} ${date} is in the future; it must be on or before ${today}.`,
      );
  }
  if (start && end && start > end)
    throw new SpineError('INVALID_PARAMETER', `${label}.start ${start} is after its end ${end}.`);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
