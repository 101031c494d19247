// The PDS trace and the two SDS searches of the Spine flow: their requests in the shapes the sandbox's imitations
// take (src/sandbox/spine/pds.ts, sds.ts), and what a consumer reads from the answers.
// https://developer.nhs.uk/apis/gpconnect/integration_personal_demographic_service.html
// https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html
import { FHIR_JSON } from '../../spec/headers.ts';
import { identifierSystems } from '../../spec/identifier-systems.ts';
import type { WireRequest } from '../../consumer/wire.ts';

/** The SDS search base of both lookups. */
export const SDS_SEARCH_BASE = 'ou=services,o=nhs';

/** The MHS record search: the provider endpoint and party key for a practice and an interaction. */
export const mhsFilter = (odsCode: string, interactionId: string): string =>
  `(&(nhsIDCode=${odsCode})(objectClass=nhsMhs)(nhsMhsSvcIA=${interactionId}))`;

/** The AS record search: the provider ASID for the party key the MHS record gave. */
export const asFilter = (odsCode: string, partyKey: string): string =>
  `(&(nhsIDCode=${odsCode})(objectClass=nhsAs)(nhsMhsPartyKey=${partyKey}))`;

/**
 * Percent-encodes a query value but keeps '=', ':', ',' and '/' readable (RFC 3986 allows them in a query), so the
 * filter stays legible on screen; '&', which would end the parameter, is still encoded.
 */
export function encodeFilter(filter: string): string {
  return encodeURIComponent(filter).replace(/%(3D|3A|2C|2F)/gi, (escape) => decodeURIComponent(escape));
}

export function buildPdsRequest(sandboxBase: string, nhsNumber: string): WireRequest {
  return {
    method: 'GET',
    url: `${sandboxBase}/spine/pds/Patient/${nhsNumber.trim()}`,
    headers: [['Accept', FHIR_JSON]],
    body: null,
  };
}

export function buildSdsRequest(sandboxBase: string, filter: string, attributes: string[]): WireRequest {
  const query = `base=${encodeFilter(SDS_SEARCH_BASE)}&filter=${encodeFilter(filter)}&attributes=${attributes.join(',')}`;
  return {
    method: 'GET',
    url: `${sandboxBase}/spine/sds/search?${query}`,
    headers: [['Accept', 'application/json']],
    body: null,
  };
}

type Json = Record<string, any>;

/** What a step learned from its answer, or why it could not learn it. */
export type Reading<T> = { ok: true; found: T; summary: string } | { ok: false; reason: string };

/** The verified NHS number, the patient's name and the registered practice's ODS code from a PDS Patient. */
export function readPdsTrace(body: Json): Reading<{ nhsNumber: string; odsCode: string; patientName: string }> {
  if (body.resourceType !== 'Patient') return { ok: false, reason: 'PDS did not return a Patient.' };
  const name = body.name?.[0] ?? {};
  const patientName = [name.prefix?.[0], name.given?.[0], name.family].filter(Boolean).join(' ') || 'The patient';
  const practice = (body.generalPractitioner ?? [])
    .map((reference: Json) => reference?.identifier)
    .find((identifier: Json) => identifier?.system === identifierSystems.odsOrganization.system);
  if (!practice?.value) {
    const restricted = (body.meta?.security ?? []).some((label: Json) => label?.code === 'R');
    return {
      ok: false,
      reason: restricted
        ? `${patientName} has a restricted (sensitive) record on PDS, which does not show the registered practice, so there is no practice to look up.`
        : `PDS holds no registered practice for ${patientName}.`,
    };
  }
  const nhsNumber = (body.identifier ?? []).find(
    (identifier: Json) => identifier?.system === identifierSystems.nhsNumber.system,
  )?.value;
  if (!nhsNumber) return { ok: false, reason: 'The PDS answer carries no NHS number identifier.' };
  return {
    ok: true,
    found: { nhsNumber, odsCode: practice.value, patientName },
    summary: `${patientName} is registered at the practice with ODS code ${practice.value}.`,
  };
}

/** The first directory entry of an SDS answer, or a reason in words when the search found nothing. */
function findFirstEntry(body: Json, what: string): Reading<Json> {
  const entries = Array.isArray(body.entries) ? body.entries : [];
  if (entries.length === 0)
    return { ok: false, reason: `SDS found no ${what} for this filter. Check the ODS code and the interaction ID.` };
  return { ok: true, found: entries[0] as Json, summary: '' };
}

/** Reads an attribute case-insensitively, as LDAP does; multi-valued attributes give their first value. */
function readAttribute(entry: Json, name: string): string | undefined {
  const key = Object.keys(entry).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  return Array.isArray(value) ? value[0] : typeof value === 'string' ? value : undefined;
}

export function readMhsRecord(body: Json): Reading<{ endpoint: string; partyKey: string }> {
  const entry = findFirstEntry(body, 'MHS record');
  if (!entry.ok) return entry;
  const endpoint = readAttribute(entry.found, 'nhsMhsEndPoint');
  const partyKey = readAttribute(entry.found, 'nhsMhsPartyKey');
  if (!endpoint || !partyKey)
    return { ok: false, reason: 'The MHS record lacks nhsMhsEndPoint or nhsMhsPartyKey: ask for both attributes.' };
  return {
    ok: true,
    found: { endpoint, partyKey },
    summary: `The provider's endpoint is ${endpoint} and its party key ${partyKey}.`,
  };
}

export function readAsRecord(body: Json): Reading<{ asid: string }> {
  const entry = findFirstEntry(body, 'AS record');
  if (!entry.ok) return entry;
  const asid = readAttribute(entry.found, 'uniqueIdentifier');
  if (!asid) return { ok: false, reason: 'The AS record lacks uniqueIdentifier: ask for that attribute.' };
  return { ok: true, found: { asid }, summary: `The provider's ASID is ${asid}; it goes in Ssp-To.` };
}
