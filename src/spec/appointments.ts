// Appointment Management rules and extensions that the sandbox enforces and the pages quote (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html, https://developer.nhs.uk/apis/gpconnect/appointments.html).

import { NHS_SD } from './profiles.ts';

/** Extensions on Slot, Schedule and Appointment. */
export const appointmentExtensions = {
  deliveryChannel: `${NHS_SD}Extension-GPConnect-DeliveryChannel-2`,
  practitionerRole: `${NHS_SD}Extension-GPConnect-PractitionerRole-1`,
  bookingOrganisation: `${NHS_SD}Extension-GPConnect-BookingOrganisation-1`,
  cancellationReason: `${NHS_SD}Extension-GPConnect-AppointmentCancellationReason-1`,
} as const;

/** DeliveryChannel codes. "Visit" is not among them: visit slots are never offered (https://developer.nhs.uk/apis/gpconnect/appointments_ig.html, the decisions on content/explore/sandbox.mdx). */
export const DELIVERY_CHANNELS = ['In-person', 'Telephone', 'Video'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** GPConnect-OrganisationType-1 codes a slot search may filter on. */
export const organisationTypes = { 'gp-practice': 'GP Practice', 'urgent-care': 'Urgent Care' } as const;

/** SDS job roles the sandbox's schedules use (CareConnect-SDSJobRoleName-1). */
export const jobRoles = {
  R0260: 'General Medical Practitioner',
  R0270: 'Salaried General Practitioner',
  R0620: 'Staff Nurse',
  R1290: 'Pharmacist',
  R1480: 'Healthcare Assistant',
} as const;

/** The longest range a free-slot search may cover. */
export const MAX_SLOT_SEARCH_DAYS = 14;
/** Booking text limits. */
export const MAX_DESCRIPTION_LENGTH = 100;
export const MAX_COMMENT_LENGTH = 500;

/** The `_include` values a free-slot search takes: the first is required, the recursive ones optional. */
export const SLOT_INCLUDE = 'Slot:schedule';
export const SLOT_RECURSIVE_INCLUDES = [
  'Schedule:actor:Practitioner',
  'Schedule:actor:Location',
  'Location:managingOrganization',
] as const;

/** The only UK offsets appointment times may carry: GMT and BST. */
export const UK_OFFSETS = ['+00:00', '+01:00'] as const;

/** The Location a visit appointment points to, since visits have no surgery (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_read_an_appointment.html). */
export const VISIT_LOCATION = { name: 'Contact practice for location of the visit', address: 'Unknown' } as const;

/** Elements a booking must not carry (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_book_an_appointment.html). */
export const FORBIDDEN_BOOKING_ELEMENTS = [
  'id',
  'reason',
  'specialty',
  'appointmentType',
  'indication',
  'supportingInformation',
  'incomingReferral',
] as const;

/** The operation definition behind Register a patient, and its one input parameter (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_register_a_patient.html). */
export const REGISTER_PATIENT_OPERATION =
  'https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-RegisterPatient-Operation-1';
export const REGISTER_PATIENT_PARAMETER = 'registerPatient';
