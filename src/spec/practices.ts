// The practices the sandbox hosts, with ODS codes, ASIDs, SDS party keys, sites and locations (https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html, https://developer.nhs.uk/apis/gpconnect/testing_data.html).
import { serviceRootPath, type RoutingSegment } from './capabilities.ts';

export interface Site {
  /** Test-pack actor name (SIT1 ...), when the site plays one. */
  actor?: string;
  /** ODS site code (`https://fhir.nhs.uk/Id/ods-site-code`). */
  odsSiteCode: string;
  /** Logical id of the Location for this site. */
  locationId: string;
  name: string;
}

export interface Practice {
  /** Test-pack actor name (ORG1 ...), or the role the practice plays. */
  actor: string;
  odsCode: string;
  name: string;
  /** Logical id of the practice's Organization. */
  organizationId: string;
  /** The provider ASID (`Ssp-To`, SDS `uniqueIdentifier`). */
  asid: string;
  /** SDS `nhsMhsPartyKey`. */
  partyKey: string;
  /** Where ASID and party key come from: the official demonstrator, the spec's SDS example, or chosen for the sandbox. */
  source: 'demonstrator' | 'spec example' | 'sandbox';
  /** Rolling free slots over today + 14 days (the test pack's figures). */
  freeSlots: number;
  sites: Site[];
}

/**
 * The host SDS gives every sandbox practice in `nhsMhsEndPoint` (the spec's worked example host). The sandbox answers
 * on any origin; this host matters only inside SSP URLs, where it must match SDS exactly.
 */
export const PROVIDER_HOST = 'pcs.thirdparty.nhs.uk';

/** The fictional SSP host of the worked example, for documentation. */
export const EXAMPLE_SSP_HOST = 'testspineproxy.nhs.domain.uk';

/** The example LDAP host of SDS, for documentation. */
export const SDS_LDAP_HOST = 'ldaps://ldap.vn03.national.ncrs.nhs.uk';

export const practices = {
  B82617: {
    actor: 'ORG1',
    odsCode: 'B82617',
    name: 'COXWOLD SURGERY',
    organizationId: '7',
    asid: '918999198738',
    partyKey: 'B82617-0000001',
    source: 'demonstrator',
    freeSlots: 30,
    sites: [
      { actor: 'SIT1', odsSiteCode: 'Z26556', locationId: '1', name: 'Building A' },
      { odsSiteCode: 'Z55555', locationId: '16', name: 'COXWOLD Surgery' },
      { odsSiteCode: 'Z55556', locationId: '17', name: 'COXWOLD Surgery' },
    ],
  },
  R1A14: {
    actor: 'ORG2',
    odsCode: 'R1A14',
    name: 'Test GP Care Trust',
    organizationId: '2',
    asid: '918999198740',
    partyKey: 'R1A14-0000002',
    source: 'sandbox',
    freeSlots: 20,
    sites: [
      { actor: 'SIT2', odsSiteCode: 'Z33432', locationId: '8', name: 'The Hockey Surgery' },
      { actor: 'SIT4', odsSiteCode: 'Z99899', locationId: '4', name: 'The Hockey Surgery Branch' },
    ],
  },
  X12345: {
    actor: 'ORG3',
    odsCode: 'X12345',
    name: 'X12345 Test Practice',
    organizationId: '3',
    asid: '918999198741',
    partyKey: 'X12345-0000003',
    source: 'sandbox',
    freeSlots: 0,
    sites: [{ actor: 'SIT3', odsSiteCode: 'Z33433', locationId: '3', name: 'X12345 Test Practice' }],
  },
  T99999: {
    actor: 'SDS worked example',
    odsCode: 'T99999',
    name: 'Worked Example Practice',
    organizationId: '9',
    asid: '999999999999',
    partyKey: 'T99999-9999999',
    source: 'spec example',
    freeSlots: 0,
    sites: [{ odsSiteCode: 'T99999', locationId: '9', name: 'Worked Example Practice' }],
  },
} as const satisfies Record<string, Practice>;

export type PracticeOds = keyof typeof practices;
export const practiceList: readonly Practice[] = Object.values(practices);

/** The practice with that ODS code (case-sensitive, as URLs are), or undefined. */
export const findPractice = (odsCode: string): Practice | undefined =>
  Object.hasOwn(practices, odsCode) ? practices[odsCode as PracticeOds] : undefined;

/** The test pack's codes that must not exist anywhere (unknownORG, unknownSIT). */
export const UNKNOWN_ODS_CODE = 'INVOC1';
export const UNKNOWN_SITE_CODE = 'INVSC1';

/** The SDS MHS record's dn for the worked example (https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html). */
export const WORKED_EXAMPLE_MHS_DN = 'uniqueIdentifier=472b35d4641b76454b13,ou=Services,o=nhs';

/** A practice's service root URL as SDS holds it in `nhsMhsEndPoint`. */
export const endpointUrl = (odsCode: string, segment: RoutingSegment): string =>
  `https://${PROVIDER_HOST}${serviceRootPath(odsCode, segment)}`;
