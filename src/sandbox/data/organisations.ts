// Organization and Location resources of the sandbox practices (https://developer.nhs.uk/apis/gpconnect/testing_data.html), built from src/spec/practices.ts.
import type { Address, ContactPoint, Location, Organization } from 'fhir/r3';
import { identifierSystems, practiceList, profileUrl, type Practice, type Site } from '../../spec/index.ts';

/** versionId of the seeded, never-changing resources (the demonstrator's example value). */
export const SEED_VERSION_ID = '1521806400000';

// The demonstrator's test address for its locations (https://developer.nhs.uk/apis/gpconnect/testing_data.html).
const TEST_ADDRESS: Address = {
  use: 'work',
  line: ['NHS NPFIT Test Data Manager', 'Princes Exchange'],
  city: 'Leeds',
  district: 'West Yorkshire',
  postalCode: 'LS1 4HY',
  country: 'ENG',
};

// Ofcom's drama range, so no real surgery is ever dialled.
const phone = (index: number): ContactPoint => ({
  system: 'phone',
  value: `0113 496 ${String(index).padStart(4, '0')}`,
  use: 'work',
});

export function buildOrganization(practice: Practice): Organization {
  return {
    resourceType: 'Organization',
    id: practice.organizationId,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('organization')] },
    identifier: [{ system: identifierSystems.odsOrganization.system, value: practice.odsCode }],
    name: practice.name,
    telecom: [phone(Number(practice.organizationId))],
    address: [TEST_ADDRESS],
  };
}

export function buildLocation(practice: Practice, site: Site): Location {
  return {
    resourceType: 'Location',
    id: site.locationId,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('location')] },
    identifier: [{ system: identifierSystems.odsSite.system, value: site.odsSiteCode }],
    status: 'active',
    name: site.name,
    telecom: [phone(100 + Number(site.locationId))],
    address: TEST_ADDRESS,
    managingOrganization: { reference: `Organization/${practice.organizationId}` },
  };
}

/** The practice's Organization with that logical id, if it is this practice's. */
export const findOrganizationById = (id: string): Organization | undefined => {
  const practice = practiceList.find((p) => p.organizationId === id);
  return practice && buildOrganization(practice);
};

/** Every sandbox Organization carrying that ODS code. */
export const findOrganizationsByOds = (odsCode: string): Organization[] =>
  practiceList.filter((p) => p.odsCode === odsCode).map(buildOrganization);

/** The Location with that logical id, with the practice managing it. */
export function findLocation(id: string): { practice: Practice; location: Location } | undefined {
  for (const practice of practiceList) {
    const site = practice.sites.find((s) => s.locationId === id);
    if (site) return { practice, location: buildLocation(practice, site) };
  }
  return undefined;
}
