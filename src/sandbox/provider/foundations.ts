// Foundations provider: F1 capability statement, F2-F8 find and read, F9 register (https://developer.nhs.uk/apis/gpconnect/foundations.html).
import { identifierSystems, legacyIdentifierSystems } from '../../spec/index.ts';
import { findOrganizationById, findOrganizationsByOds, findLocation } from '../data/organisations.ts';
import { buildVisitLocation, VISIT_LOCATION_ID } from '../data/appointments.ts';
import { findPractitionerById, findPractitionersBySdsId } from '../data/practitioners.ts';
import { fhirJsonResponse, fhirResponse, versionHeaders } from '../respond.ts';
import { SpineError } from '../spine-error.ts';
import { checkNhsNumber, checkSystem, readIdentifierParameter } from '../validate/identifiers.ts';
import { searchset } from './bundle.ts';
import { bundleJson } from './bundle-json.ts';
import { buildFoundationsCapabilityStatement } from './foundations/capability-statement.ts';
import { findReturnablePatient } from './foundations/patient-lookup.ts';
import { registerPatient } from './foundations/register-patient.ts';
import type { InteractionContext, InteractionHandler } from './types.ts';

// The sandbox's own release: the day these handlers were written.
const RELEASE_DATE = '2025-01-01';

/** Reads the identifier token of a search and checks its value's form. */
function readCode(ctx: InteractionContext, systems: readonly string[], pattern: RegExp, label: string): string {
  const token = readIdentifierParameter(ctx.url);
  checkSystem(token, systems);
  if (!pattern.test(token.value)) {
    throw new SpineError(
      'INVALID_IDENTIFIER_VALUE',
      `${JSON.stringify(token.value.slice(0, 80))} is not a valid ${label}.`,
    );
  }
  return token.value;
}

const read = (
  ctx: InteractionContext,
  resource: { resourceType: string; id?: string; meta?: { versionId?: string } },
) =>
  fhirResponse(
    resource,
    resource.meta?.versionId ? versionHeaders(ctx.baseUrl, resource, resource.meta.versionId) : {},
  );

export const foundationHandlers: Record<
  'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9',
  InteractionHandler
> = {
  async F1(ctx) {
    ctx.assertEnabled();
    return fhirResponse(buildFoundationsCapabilityStatement(RELEASE_DATE));
  },
  async F2(ctx) {
    const token = readIdentifierParameter(ctx.url);
    checkSystem(token, [identifierSystems.nhsNumber.system]);
    checkNhsNumber(token.value);
    ctx.assertEnabled();
    // spec: not found, sensitive, deceased or inactive → an empty searchset, not an error
    const found = await findReturnablePatient(ctx, { nhsNumber: token.value });
    return fhirJsonResponse(bundleJson(searchset(found ? [found.resource] : [])));
  },
  async F3(ctx) {
    ctx.assertEnabled();
    const found = await findReturnablePatient(ctx, { logicalId: ctx.params.id as string });
    if (!found)
      throw new SpineError(
        'PATIENT_NOT_FOUND',
        `No patient with logical id ${ctx.params.id} can be returned by ${ctx.practice.odsCode}.`,
      );
    return fhirResponse(found.resource, versionHeaders(ctx.baseUrl, found.resource, found.versionId));
  },
  async F4(ctx) {
    const sdsUserId = readCode(ctx, [identifierSystems.sdsUser.system], /^[A-Za-z0-9]{1,20}$/, 'SDS user id');
    ctx.assertEnabled();
    return fhirResponse(searchset(findPractitionersBySdsId(sdsUserId)));
  },
  async F5(ctx) {
    ctx.assertEnabled();
    const practitioner = findPractitionerById(ctx.params.id as string);
    if (!practitioner)
      throw new SpineError('PRACTITIONER_NOT_FOUND', `No practitioner has logical id ${ctx.params.id}.`);
    return read(ctx, practitioner);
  },
  async F6(ctx) {
    // The reference provider still accepts the DSTU2-era ODS system here, and only here.
    const ods = readCode(
      ctx,
      [identifierSystems.odsOrganization.system, legacyIdentifierSystems.odsOrganization],
      /^[A-Za-z0-9]{1,10}$/,
      'ODS organisation code',
    );
    ctx.assertEnabled();
    return fhirResponse(searchset(findOrganizationsByOds(ods)));
  },
  async F7(ctx) {
    ctx.assertEnabled();
    const organization = findOrganizationById(ctx.params.id as string);
    if (!organization)
      throw new SpineError('ORGANISATION_NOT_FOUND', `No organisation has logical id ${ctx.params.id}.`);
    return read(ctx, organization);
  },
  async F8(ctx) {
    ctx.assertEnabled();
    const id = ctx.params.id as string;
    const location = id === VISIT_LOCATION_ID ? buildVisitLocation() : findLocation(id)?.location;
    // spec names no code for an unknown location; NO_RECORD_FOUND is the general one (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_read_a_location.html)
    if (!location) throw new SpineError('NO_RECORD_FOUND', `No location has logical id ${id}.`);
    return read(ctx, location);
  },
  F9: registerPatient,
};
