// Turns the get structured record parameters (1.6.2, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html) into a query, enforcing every rule of https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html.
import type { ParametersParameter } from 'fhir/r3';
import type { ClinicalArea } from '../../../spec/index.ts';
import { NHS_NUMBER_PARAMETER, structuredAreas, structuredParameters } from '../../../spec/structured-parameters.ts';
import { SpineError } from '../../spine-error.ts';
import { addDays } from '../../../spec/uk-time.ts';
import {
  checkWholeDate,
  indexByName,
  readNhsNumber,
  readSearchPeriod,
  readValue,
  type DatePeriod,
} from './parameters.ts';

export interface StructuredQuery {
  nhsNumber: string;
  allergies?: { includeResolved: boolean };
  medications?: { includeIssues: boolean; fromDate?: string };
  consultations?: { period?: DatePeriod; mostRecent?: number };
  problems?: { status?: 'active' | 'inactive' };
  immunisations?: { includeNotGiven: boolean; includeStatus: boolean };
  uncategorised?: { period?: DatePeriod };
  investigations?: { period?: DatePeriod };
  referrals?: { period?: DatePeriod };
  diaryEntries?: { searchDate?: string };
  /** Parameters and parts the sandbox does not know, reported as warnings (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html). */
  unrecognised: string[];
}

/** Each clinical area the sandbox reads, by its top-level parameter; the parts come from the spec's table. */
const areaNames = {
  allergies: 'includeAllergies',
  medications: 'includeMedication',
  consultations: 'includeConsultations',
  problems: 'includeProblems',
  immunisations: 'includeImmunisations',
  uncategorised: 'includeUncategorisedData',
  investigations: 'includeInvestigations',
  referrals: 'includeReferrals',
  diaryEntries: 'includeDiaryEntries',
} as const satisfies Partial<Record<ClinicalArea, string>>;

/** Each clinical area's top-level parameter, and the parts 1.6.2 defines for it. */
export const areaParameters = Object.fromEntries(
  Object.entries(areaNames).map(([area, name]) => [
    area,
    { name, parts: (structuredAreas.get(name) ?? []).map((part) => part.name) },
  ]),
) as unknown as Record<keyof typeof areaNames, { name: string; parts: readonly string[] }>;

export type QueryArea = keyof typeof areaParameters;
export const queryAreas = Object.keys(areaParameters) as QueryArea[];

export { NHS_NUMBER_PARAMETER };

// spec: parts that may not accompany includeConsultations / includeProblems, from the spec's parameter table
const forbiddenWith = Object.fromEntries(
  structuredParameters.flatMap((row) => (row.barredWith ? [[row.name, row.barredWith]] : [])),
) as Record<string, readonly string[]>;

type Parts = Map<string, ParametersParameter>;

/** Builds the query from the parameters; `today` is the UK date, against which filter dates are checked. */
export function buildStructuredQuery(parameters: ParametersParameter[], today: string): StructuredQuery {
  const top = indexByName(parameters);
  const known = [NHS_NUMBER_PARAMETER, ...queryAreas.map((area) => areaParameters[area].name)] as string[];
  if (![...top.keys()].some((name) => known.includes(name))) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `No recognised parameter was sent; send ${NHS_NUMBER_PARAMETER} and at least one of ${known.slice(1).join(', ')}.`,
    );
  }
  const nhs = top.get(NHS_NUMBER_PARAMETER);
  if (!nhs) throw new SpineError('INVALID_PARAMETER', `${NHS_NUMBER_PARAMETER} is missing; it is mandatory.`);
  const query: StructuredQuery = { nhsNumber: readNhsNumber(nhs), unrecognised: [] };
  // Coarsest level first: an unknown parameter is reported by name, its parts are not looked at.
  query.unrecognised.push(...[...top.keys()].filter((name) => !known.includes(name)));

  const parts = new Map<QueryArea, Parts>();
  for (const area of queryAreas) {
    const { name, parts: allowed } = areaParameters[area];
    const p = top.get(name);
    if (!p) continue;
    const byName = indexByName(p.part ?? [], name);
    query.unrecognised.push(
      ...[...byName.keys()]
        .filter((part) => !(allowed as readonly string[]).includes(part))
        .map((part) => `${name}.${part}`),
    );
    parts.set(area, byName);
  }
  checkCombinations(top, parts, today);

  for (const [area, byName] of parts) readArea(query, area, byName, today);
  return query;
}

function readArea(query: StructuredQuery, area: QueryArea, p: Parts, today: string): void {
  const bool = (part: string, fallback: boolean) => {
    const value = p.get(part);
    return value ? readValue(value, 'valueBoolean', `${areaParameters[area].name}.${part}`) : fallback;
  };
  const period = (part: string) => {
    const value = p.get(part);
    return value ? { period: readSearchPeriod(value, part, today) } : {};
  };
  switch (area) {
    case 'allergies': {
      const resolved = p.get('includeResolvedAllergies');
      // spec: includeResolvedAllergies is 1..1 whenever includeAllergies is sent
      if (!resolved)
        throw new SpineError(
          'INVALID_PARAMETER',
          'includeAllergies needs its part includeResolvedAllergies (true or false).',
        );
      query.allergies = {
        includeResolved: readValue(resolved, 'valueBoolean', 'includeAllergies.includeResolvedAllergies'),
      };
      return;
    }
    case 'medications': {
      const from = p.get('medicationSearchFromDate');
      const fromDate = from
        ? checkWholeDate(readValue(from, 'valueDate', 'medicationSearchFromDate'), 'medicationSearchFromDate')
        : undefined;
      if (fromDate && fromDate > today) {
        throw new SpineError(
          'INVALID_PARAMETER',
          `medicationSearchFromDate ${fromDate} is in the future; it must be on or before ${today}.`,
        );
      }
      query.medications = { includeIssues: bool('includePrescriptionIssues', true), ...(fromDate ? { fromDate } : {}) };
      return;
    }
    case 'consultations': {
      const recent = p.get('includeNumberOfMostRecent');
      query.consultations = {
        ...period('consultationSearchPeriod'),
        ...(recent ? { mostRecent: readValue(recent, 'valuePositiveInt', 'includeNumberOfMostRecent') } : {}),
      };
      return;
    }
    case 'problems': {
      const status = readCode(p, 'filterStatus', ['active', 'inactive'] as const);
      query.problems = status ? { status } : {};
      return;
    }
    case 'immunisations':
      query.immunisations = {
        includeNotGiven: bool('includeNotGiven', false),
        includeStatus: bool('includeStatus', true),
      };
      return;
    case 'diaryEntries': {
      const date = p.get('diaryEntriesSearchDate');
      const searchDate = date
        ? checkWholeDate(readValue(date, 'valueDate', 'diaryEntriesSearchDate'), 'diaryEntriesSearchDate')
        : undefined;
      // spec: the diary date looks forward, so it may not be before today
      if (searchDate && searchDate < today) {
        throw new SpineError(
          'INVALID_PARAMETER',
          `diaryEntriesSearchDate ${searchDate} is in the past; it must be on or after ${today}.`,
        );
      }
      query.diaryEntries = searchDate ? { searchDate } : {};
      return;
    }
    case 'uncategorised':
      query.uncategorised = period('uncategorisedDataSearchPeriod');
      return;
    case 'investigations':
      query.investigations = period('investigationSearchPeriod');
      return;
    case 'referrals':
      query.referrals = period('referralSearchPeriod');
      return;
  }
}

function readCode<T extends string>(p: Parts, part: string, allowed: readonly T[]): T | undefined {
  const value = p.get(part);
  if (!value) return undefined;
  const code = readValue(value, 'valueCode', `includeProblems.${part}`);
  if (!(allowed as readonly string[]).includes(code)) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `includeProblems.${part} ${JSON.stringify(code.slice(0, 40))} is not allowed; use ${allowed.join(' or ')}.`,
    );
  }
  return code as T;
}

function checkCombinations(top: Map<string, ParametersParameter>, parts: Map<QueryArea, Parts>, today: string): void {
  const sent = new Set([...parts.values()].flatMap((p) => [...p.keys()]));
  const consultations = parts.get('consultations');
  // spec: a period and a count of recent consultations cannot both be sent (INVALID_RESOURCE, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html)
  if (consultations?.has('consultationSearchPeriod') && consultations.has('includeNumberOfMostRecent')) {
    throw new SpineError(
      'INVALID_RESOURCE',
      'includeConsultations takes consultationSearchPeriod or includeNumberOfMostRecent, not both.',
    );
  }
  for (const [parent, forbidden] of Object.entries(forbiddenWith)) {
    if (!top.has(parent)) continue;
    const clash = forbidden.filter((part) => sent.has(part));
    if (clash.length === 0 || isPredefinedSearch(top, parts, clash, today)) continue;
    throw new SpineError(
      'INVALID_PARAMETER',
      `${parent} cannot be combined with ${clash.join(', ')}; send those filters in a separate request.`,
    );
  }
}

/** The two predefined multi-area searches of https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_searchPredefined.html, the only exceptions to the forbidden combinations. */
function isPredefinedSearch(
  top: Map<string, ParametersParameter>,
  parts: Map<QueryArea, Parts>,
  clash: string[],
  today: string,
): boolean {
  const base = ['includeConsultations', 'includeProblems', 'includeAllergies', 'includeMedication'];
  const extended = [...base, 'includeImmunisations', 'includeUncategorisedData'];
  const names = [...top.keys()].filter((name) => name !== NHS_NUMBER_PARAMETER).sort();
  const matches = (set: string[]) =>
    set.length === names.length && [...set].sort().every((name, i) => name === names[i]);
  if (!matches(base) && !matches(extended)) return false;
  if (clash.some((part) => part !== 'medicationSearchFromDate')) return false;
  const consultations = parts.get('consultations');
  const recent = consultations?.get('includeNumberOfMostRecent')?.valuePositiveInt;
  const onlyParts = (area: QueryArea, allowed: string[]) =>
    [...(parts.get(area)?.keys() ?? [])].every((part) => allowed.includes(part));
  return (
    recent === 3 &&
    onlyParts('consultations', ['includeNumberOfMostRecent']) &&
    onlyParts('problems', []) &&
    parts.get('allergies')?.get('includeResolvedAllergies')?.valueBoolean === true &&
    parts.get('medications')?.get('medicationSearchFromDate')?.valueDate === addDays(today, -365) &&
    onlyParts('immunisations', []) &&
    onlyParts('uncategorised', [])
  );
}
