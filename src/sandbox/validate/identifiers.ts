// Reads token search parameters (`system|value`) and checks NHS numbers (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#service-root-url, https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html, https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html).
import { identifierSystems, isValidNhsNumber } from '../../spec/index.ts';
import { SpineError } from '../spine-error.ts';

export interface Token {
  system: string;
  value: string;
}

/**
 * The single `identifier` parameter of a search, split at `|`. A missing or repeated parameter (or one spelt in the
 * wrong case) is 400 BAD_REQUEST; a missing system or value is 422 INVALID_PARAMETER (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html).
 */
export function readIdentifierParameter(url: URL): Token {
  const values = url.searchParams.getAll('identifier');
  if (values.length === 0) {
    const misspelt = [...url.searchParams.keys()].find((key) => key.toLowerCase() === 'identifier');
    throw new SpineError(
      'BAD_REQUEST',
      misspelt
        ? `The search parameter is spelt ${JSON.stringify(misspelt)}; parameter names are case-sensitive: use identifier.`
        : 'The identifier search parameter is required, as identifier=<system>|<value>.',
    );
  }
  if (values.length > 1)
    throw new SpineError('BAD_REQUEST', `Send the identifier parameter once; it was sent ${values.length} times.`);
  const raw = values[0] as string;
  const bar = raw.indexOf('|');
  const system = bar < 0 ? '' : raw.slice(0, bar).trim();
  const value = bar < 0 ? raw.trim() : raw.slice(bar + 1).trim();
  if (system === '') {
    throw new SpineError(
      'INVALID_PARAMETER',
      `The identifier parameter ${JSON.stringify(raw.slice(0, 120))} has no system; send identifier=<system>|<value>.`,
    );
  }
  if (value === '') {
    throw new SpineError(
      'INVALID_PARAMETER',
      `The identifier parameter ${JSON.stringify(raw.slice(0, 120))} has no value after the "|".`,
    );
  }
  return { system, value };
}

/** Throws 400 INVALID_IDENTIFIER_SYSTEM unless the token's system is one of `allowed`. */
export function checkSystem(token: Token, allowed: readonly string[]): void {
  if (!allowed.includes(token.system)) {
    throw new SpineError(
      'INVALID_IDENTIFIER_SYSTEM',
      `The identifier system ${JSON.stringify(token.system.slice(0, 120))} is not supported here; use ${allowed.join(' or ')}.`,
    );
  }
}

/** Throws 400 INVALID_NHS_NUMBER unless `value` is ten digits with a valid Modulus 11 check digit. */
export function checkNhsNumber(value: string, where = 'The NHS number'): void {
  if (!isValidNhsNumber(value)) {
    throw new SpineError(
      'INVALID_NHS_NUMBER',
      `${where} ${JSON.stringify(value.slice(0, 40))} is not valid: it must be 10 digits whose last digit is the Modulus 11 check digit.`,
    );
  }
}

export const NHS_NUMBER_SYSTEM = identifierSystems.nhsNumber.system;
