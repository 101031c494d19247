// src/consumer/structured-parameters.ts: checks a get structured record (S1) Parameters body against the rules
// before it is sent, so the reader sees the rule and its reason first. It warns; it never blocks a send, because
// watching the provider refuse is part of learning the rule. The rows come from src/spec/structured-parameters.ts.
// https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html
import { identifierSystems } from '../spec/identifier-systems.ts';
import { interactions } from '../spec/interactions.ts';
import { isValidNhsNumber } from '../spec/nhs-number.ts';
import {
  NHS_NUMBER_PARAMETER,
  structuredAreas,
  structuredParameters,
  type StructuredParameter,
  type StructuredValueType,
} from '../spec/structured-parameters.ts';
import type { SpineCode } from '../spec/spine-errors.ts';

export interface RuleProblem {
  /** The parameter (or parent.part) the rule is about. */
  parameter: string;
  message: string;
  /** The error the provider answers with, or 'warning' when it answers 200 with a warning. */
  outcome: { status: number; code: SpineCode } | 'warning';
  /** The parameter's row on the get structured record page. */
  link: string;
}

type ValueKind = Exclude<StructuredValueType, 'Identifier' | '(no value)'>;

const VALUE_FIELD: Record<ValueKind, string> = {
  boolean: 'valueBoolean',
  date: 'valueDate',
  Period: 'valuePeriod',
  positiveInt: 'valuePositiveInt',
  code: 'valueCode',
};

/** Each 1.6.2 clinical area and the parts it accepts, from the one parameter table in src/spec. */
const AREAS = new Map(
  [...structuredAreas].map(([area, parts]) => [
    area,
    new Map(parts.map((part) => [part.name, part as StructuredParameter & { type: ValueKind }])),
  ]),
);

/** Parts that may not be sent together with consultations or problems, outside the predefined searches. */
const BARRED_WITH = [...structuredAreas.keys()].flatMap((area) => {
  const barred = structuredParameters.find((row) => row.name === area)?.barredWith;
  return barred ? [[area, barred] as const] : [];
});

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const invalidParameter = { status: 422, code: 'INVALID_PARAMETER' } as const;
const invalidResource = { status: 422, code: 'INVALID_RESOURCE' } as const;

type Json = Record<string, any>;

/** Every rule the body breaks, in body order; `today` is the UK date (yyyy-mm-dd) the provider compares with. */
export function checkStructuredParameters(body: unknown, today: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (parameter: string, message: string, outcome: RuleProblem['outcome']) =>
    problems.push({
      parameter,
      message,
      outcome,
      link: `${interactions.S1.docsPath}#param-${parameter.split('.').pop()}`,
    });

  const resource = body as Json;
  if (
    typeof body !== 'object' ||
    body === null ||
    resource.resourceType !== 'Parameters' ||
    !Array.isArray(resource.parameter)
  ) {
    add('Parameters', 'The body must be a FHIR Parameters resource with a parameter array.', invalidResource);
    return problems;
  }
  const parameters: Json[] = resource.parameter.filter((item: unknown) => typeof item === 'object' && item !== null);
  const names = parameters.map((parameter) => String(parameter.name));
  const partNames = parameters.flatMap((parameter) =>
    (Array.isArray(parameter.part) ? parameter.part : []).map((part: Json) => String(part?.name)),
  );

  checkNhsNumber(
    parameters.filter((parameter) => parameter.name === NHS_NUMBER_PARAMETER),
    add,
  );
  for (const name of new Set(names)) {
    if (names.filter((other) => other === name).length > 1)
      add(name, `${name} is sent more than once.`, invalidParameter);
  }
  for (const parameter of parameters) {
    const name = String(parameter.name);
    if (name === NHS_NUMBER_PARAMETER) continue;
    const parts = AREAS.get(name);
    if (!parts) {
      add(
        name,
        `${name} is not a parameter of this operation: the provider ignores it and returns 200 with a warning.`,
        'warning',
      );
      continue;
    }
    checkParts(name, Array.isArray(parameter.part) ? parameter.part : [], parts, today, add);
  }
  for (const [area, barred] of BARRED_WITH) {
    if (!names.includes(area)) continue;
    for (const part of partNames.filter((partName) => barred.includes(partName))) {
      add(part, `${part} may not be sent together with ${area}.`, invalidParameter);
    }
  }
  return problems;
}

function checkNhsNumber(
  found: Json[],
  add: (parameter: string, message: string, outcome: RuleProblem['outcome']) => void,
): void {
  if (found.length === 0) {
    add(
      'patientNHSNumber',
      'patientNHSNumber is required: it names the patient whose record is wanted.',
      invalidParameter,
    );
    return;
  }
  const identifier = found[0]?.valueIdentifier;
  if (identifier?.system !== identifierSystems.nhsNumber.system) {
    add(
      'patientNHSNumber',
      `patientNHSNumber must be a valueIdentifier with the system ${identifierSystems.nhsNumber.system}.`,
      { status: 400, code: 'INVALID_IDENTIFIER_SYSTEM' },
    );
  } else if (!isValidNhsNumber(String(identifier.value ?? ''))) {
    add(
      'patientNHSNumber',
      `${identifier.value} is not a valid NHS number (ten digits passing the Modulus 11 check).`,
      { status: 400, code: 'INVALID_NHS_NUMBER' },
    );
  }
}

function checkParts(
  area: string,
  parts: Json[],
  allowed: ReadonlyMap<string, StructuredParameter & { type: ValueKind }>,
  today: string,
  add: (parameter: string, message: string, outcome: RuleProblem['outcome']) => void,
): void {
  const names = parts.map((part) => String(part?.name));
  if (area === 'includeAllergies' && !names.includes('includeResolvedAllergies')) {
    add(
      'includeResolvedAllergies',
      'includeAllergies needs its includeResolvedAllergies part (true or false).',
      invalidParameter,
    );
  }
  if (names.includes('consultationSearchPeriod') && names.includes('includeNumberOfMostRecent')) {
    add(
      'includeNumberOfMostRecent',
      'consultationSearchPeriod and includeNumberOfMostRecent cannot be combined.',
      invalidResource,
    );
  }
  for (const part of parts) {
    const name = String(part?.name);
    const row = allowed.get(name);
    if (!row) {
      add(
        `${area}.${name}`,
        `${name} is not a part of ${area}: the provider ignores it and returns 200 with a warning.`,
        'warning',
      );
      continue;
    }
    if (names.filter((other) => other === name).length > 1)
      add(name, `${name} is sent more than once.`, invalidResource);
    const value = part[VALUE_FIELD[row.type]];
    if (value === undefined || value === null) {
      add(name, `${name} needs a ${VALUE_FIELD[row.type]}.`, invalidParameter);
      continue;
    }
    const problem = checkValue(row, value, today);
    if (problem) add(name, problem, invalidParameter);
  }
}

function checkValue(row: StructuredParameter & { type: ValueKind }, value: any, today: string): string | undefined {
  const { name, type: kind } = row;
  if (kind === 'date') {
    if (typeof value !== 'string' || !WHOLE_DATE.test(value))
      return `${name} must be a whole date (yyyy-mm-dd) with no time.`;
    if (name === 'diaryEntriesSearchDate')
      return value < today ? `${name} must be today (${today}) or later.` : undefined;
    return value > today ? `${name} may not be after today (${today}).` : undefined;
  }
  if (kind === 'Period') {
    const { start, end } = (value ?? {}) as { start?: unknown; end?: unknown };
    for (const [label, date] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (date === undefined) continue;
      if (typeof date !== 'string' || !WHOLE_DATE.test(date))
        return `${name}.${label} must be a whole date (yyyy-mm-dd).`;
      if (date > today) return `${name}.${label} may not be after today (${today}).`;
    }
    if (typeof start === 'string' && typeof end === 'string' && start > end) return `${name} starts after it ends.`;
    return undefined;
  }
  if (kind === 'boolean') return typeof value === 'boolean' ? undefined : `${name} must be true or false.`;
  if (kind === 'positiveInt')
    return Number.isInteger(value) && value > 0 ? undefined : `${name} must be a whole number above 0.`;
  if (row.codes && !row.codes.includes(value)) return `${name} must be ${row.codes.join(' or ')}.`;
  return undefined;
}
