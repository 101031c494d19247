// An imitation of the Spine Directory Service: the LDAP searches of https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html, over HTTP, answering JSON.
//
// Request:  GET /spine/sds/search?base=ou=services,o=nhs&filter={LDAP filter}[&attributes=a,b]
//           (URL-encode the filter). The filter is an equality test or an AND of them, written exactly as for LDAP:
//   MHS record (endpoint and party key):
//     (&(nhsIDCode=T99999)(objectClass=nhsMhs)(nhsMhsSvcIA=urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1))
//     → nhsMhsEndPoint https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured, nhsMhsPartyKey T99999-9999999
//   AS record (the provider ASID for Ssp-To):
//     (&(nhsIDCode=T99999)(objectClass=nhsAs)(nhsMhsPartyKey=T99999-9999999)) → uniqueIdentifier 999999999999
//   A consumer's own ASID:
//     (&(nhsIDCode=A1001)(objectClass=nhsAs)(nhsAsSvcIA={interaction ID})(nhsMhsManufacturerOrg=A1001)) → 200000000115
// Answer:   200 {"base": ..., "filter": ..., "entries": [{"dn": ..., "<attribute>": "<value>" | ["<value>", ...]}]}
//           Attribute names and values match case-insensitively, as LDAP's caseIgnoreMatch does. No entry → [].
//           A malformed filter → 400 BAD_REQUEST as an OperationOutcome.
import {
  CONSUMER_ASID,
  EXAMPLE_JWT,
  WORKED_EXAMPLE_MHS_DN,
  capabilities,
  endpointUrl,
  interactionList,
  practiceList,
  type Practice,
  type RoutingSegment,
} from '../../spec/index.ts';
import { jsonResponse } from '../respond.ts';
import { SpineError } from '../spine-error.ts';

export type SdsEntry = { dn: string } & Record<string, string | string[]>;

export const SDS_BASE = 'ou=services,o=nhs';
/** The supplier ODS code on the example consumer's AS record. */
export const CONSUMER_SUPPLIER_ODS = EXAMPLE_JWT.organizationOds;

const segments = [...new Set(Object.values(capabilities).map((c) => c.routingSegment))] as RoutingSegment[];
const interactionsOn = (segment: RoutingSegment) => interactionList.filter((i) => i.base === segment).map((i) => i.id);

function mhsEntries(practice: Practice): SdsEntry[] {
  return segments.map((segment, index) => {
    const worked = practice.odsCode === 'T99999' && segment === 'gpconnect/structured';
    const uniqueIdentifier = worked ? '472b35d4641b76454b13' : `${practice.asid}${index}`;
    return {
      dn: worked ? WORKED_EXAMPLE_MHS_DN : `uniqueIdentifier=${uniqueIdentifier},ou=Services,o=nhs`,
      objectClass: 'nhsMhs',
      uniqueIdentifier,
      nhsIDCode: practice.odsCode,
      nhsMhsPartyKey: practice.partyKey,
      nhsMhsEndPoint: endpointUrl(practice.odsCode, segment),
      nhsMhsSvcIA: interactionsOn(segment),
    };
  });
}

const asEntry = (practice: Practice): SdsEntry => ({
  dn: `uniqueIdentifier=${practice.asid},ou=Services,o=nhs`,
  objectClass: 'nhsAs',
  uniqueIdentifier: practice.asid,
  nhsIDCode: practice.odsCode,
  nhsMhsPartyKey: practice.partyKey,
  nhsAsSvcIA: interactionList.map((i) => i.id),
});

const consumerEntry: SdsEntry = {
  dn: `uniqueIdentifier=${CONSUMER_ASID},ou=Services,o=nhs`,
  objectClass: 'nhsAs',
  uniqueIdentifier: CONSUMER_ASID,
  nhsIDCode: EXAMPLE_JWT.organizationOds,
  nhsMhsManufacturerOrg: CONSUMER_SUPPLIER_ODS,
  nhsAsSvcIA: interactionList.map((i) => i.id),
};

/** Every directory entry the imitation holds. */
export const sdsEntries: readonly SdsEntry[] = [
  ...practiceList.flatMap((practice) => [...mhsEntries(practice), asEntry(practice)]),
  consumerEntry,
];

type Condition = { attribute: string; value: string };

/** Parses `(a=b)` or `(&(a=b)(c=d)...)`; undefined for anything else. */
export function parseFilter(filter: string): Condition[] | undefined {
  const text = filter.trim();
  const single = /^\(([A-Za-z][A-Za-z0-9-]*)=([^()]*)\)$/;
  const one = single.exec(text);
  if (one) return [{ attribute: one[1] as string, value: one[2] as string }];
  const and = /^\(&((?:\([A-Za-z][A-Za-z0-9-]*=[^()]*\))+)\)$/.exec(text);
  if (!and) return undefined;
  return [...(and[1] as string).matchAll(/\(([A-Za-z][A-Za-z0-9-]*)=([^()]*)\)/g)].map((m) => ({
    attribute: m[1] as string,
    value: m[2] as string,
  }));
}

const lower = (value: string) => value.toLowerCase();

function matches(entry: SdsEntry, conditions: Condition[]): boolean {
  return conditions.every(({ attribute, value }) => {
    const key = Object.keys(entry).find((k) => lower(k) === lower(attribute));
    const held = key === undefined ? undefined : entry[key];
    const values = held === undefined ? [] : Array.isArray(held) ? held : [held];
    return value === '*' ? values.length > 0 : values.some((v) => lower(v) === lower(value));
  });
}

/** Runs one search as the directory would. */
export function searchSds(filter: string, attributes?: string[]): SdsEntry[] {
  const conditions = parseFilter(filter);
  if (!conditions) {
    throw new SpineError(
      'BAD_REQUEST',
      `The SDS filter ${JSON.stringify(filter.slice(0, 200))} is not an LDAP equality filter or an AND (&...) of them.`,
    );
  }
  return sdsEntries
    .filter((entry) => matches(entry, conditions))
    .map((entry) => {
      if (!attributes) return { ...entry };
      const wanted = new Set(attributes.map(lower));
      return Object.fromEntries(Object.entries(entry).filter(([k]) => k === 'dn' || wanted.has(lower(k)))) as SdsEntry;
    });
}

/** The MHS endpoint SDS holds for a practice and interaction (what the SSP compares the target URL with). */
export function findEndpoint(odsCode: string, interactionId: string): SdsEntry | undefined {
  return sdsEntries.find((entry) =>
    matches(entry, [
      { attribute: 'nhsIDCode', value: odsCode },
      { attribute: 'objectClass', value: 'nhsMhs' },
      { attribute: 'nhsMhsSvcIA', value: interactionId },
    ]),
  );
}

export async function handleSds(request: Request, url: URL): Promise<Response> {
  if (url.pathname !== '/spine/sds/search') {
    throw new SpineError(
      'BAD_REQUEST',
      'SDS searches are GET /spine/sds/search?base=ou=services,o=nhs&filter=(...)[&attributes=a,b].',
    );
  }
  if (request.method !== 'GET') throw new SpineError('BAD_REQUEST', `SDS searches use GET, not ${request.method}.`);
  const base = url.searchParams.get('base') ?? SDS_BASE;
  const filter = url.searchParams.get('filter');
  if (!filter)
    throw new SpineError(
      'BAD_REQUEST',
      'The SDS search needs a filter parameter, such as (&(nhsIDCode=B82617)(objectClass=nhsAs)(nhsMhsPartyKey=...)).',
    );
  const attributes = url.searchParams
    .get('attributes')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const found = searchSds(filter, attributes);
  const entries = lower(base.replaceAll(' ', '')) === SDS_BASE ? found : [];
  return jsonResponse({ base, filter, entries });
}
