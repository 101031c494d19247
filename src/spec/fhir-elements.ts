// The elements FHIR STU3 (3.0.1) defines on the resources a consumer sends, so that an unknown element can be refused
// with 422 INVALID_RESOURCE as https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_error_handling_guidance.html
// ("422 INVALID_RESOURCE") asks. Lists from https://hl7.org/fhir/STU3/<type>.html (the resource content tables).

/** Elements every DomainResource has. */
const DOMAIN_RESOURCE = [
  'resourceType',
  'id',
  'meta',
  'implicitRules',
  'language',
  'text',
  'contained',
  'extension',
  'modifierExtension',
] as const;

/** Elements every BackboneElement has. */
export const BACKBONE_ELEMENT: readonly string[] = ['id', 'extension', 'modifierExtension'];

const withBase = (...names: string[]): ReadonlySet<string> => new Set([...DOMAIN_RESOURCE, ...names]);

/** Top-level elements of the STU3 resources GP Connect consumers send. */
export const stu3Elements = {
  Appointment: withBase(
    'identifier',
    'status',
    'serviceCategory',
    'serviceType',
    'specialty',
    'appointmentType',
    'reason',
    'indication',
    'priority',
    'description',
    'supportingInformation',
    'start',
    'end',
    'minutesDuration',
    'slot',
    'created',
    'comment',
    'incomingReferral',
    'participant',
    'requestedPeriod',
  ),
  'Appointment.participant': new Set([...BACKBONE_ELEMENT, 'type', 'actor', 'required', 'status']),
  Device: withBase(
    'identifier',
    'udi',
    'status',
    'type',
    'lotNumber',
    'manufacturer',
    'manufactureDate',
    'expirationDate',
    'model',
    'version',
    'patient',
    'owner',
    'contact',
    'location',
    'url',
    'note',
    'safety',
  ),
  Organization: withBase(
    'identifier',
    'active',
    'type',
    'name',
    'alias',
    'telecom',
    'address',
    'partOf',
    'contact',
    'endpoint',
  ),
  Practitioner: withBase(
    'identifier',
    'active',
    'name',
    'telecom',
    'address',
    'gender',
    'birthDate',
    'photo',
    'qualification',
    'communication',
  ),
  /** The Identifier datatype. */
  Identifier: new Set(['id', 'extension', 'use', 'type', 'system', 'value', 'period', 'assigner']),
} as const satisfies Record<string, ReadonlySet<string>>;

export type Stu3ElementOwner = keyof typeof stu3Elements;

/** The first key of `value` that STU3 does not define on `owner` (JSON's `_element` primitive extensions included). */
export function unknownElement(owner: Stu3ElementOwner, value: object): string | undefined {
  const known = stu3Elements[owner];
  return Object.keys(value).find((key) => !known.has(key.startsWith('_') ? key.slice(1) : key));
}
