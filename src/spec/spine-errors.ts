// Spine error and warning codes (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html, with the §17 decisions) and the SSP's own error shapes.
import { profiles } from './profiles.ts';

/** The code system every GP Connect OperationOutcome coding uses (the 1.6.2 CodeSystem URL, https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html). */
export const SPINE_ERROR_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1';
/** The value set of the same codes (not for codings). */
export const SPINE_ERROR_VALUE_SET = 'https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1';
/** The profile every OperationOutcome declares in `meta.profile`. */
export const OPERATION_OUTCOME_PROFILE = profiles.operationOutcome.url;
/** The 0.x (DSTU2) error system, for documentation of Access Record HTML only. */
export const LEGACY_SPINE_ERROR_SYSTEM = 'http://fhir.nhs.net/ValueSet/gpconnect-error-or-warning-code-1';

/** The codes GP Connect's error-handling table uses. */
export type GpConnectSpineCode =
  | 'INVALID_IDENTIFIER_SYSTEM'
  | 'INVALID_IDENTIFIER_VALUE'
  | 'INVALID_NHS_NUMBER'
  | 'INVALID_PATIENT_DEMOGRAPHICS'
  | 'ORGANISATION_NOT_FOUND'
  | 'PATIENT_NOT_FOUND'
  | 'PRACTITIONER_NOT_FOUND'
  | 'NO_RECORD_FOUND'
  | 'NO_PATIENT_CONSENT'
  | 'NO_ORGANISATIONAL_CONSENT'
  | 'ACCESS DENIED'
  | 'NO_RELATIONSHIP'
  | 'DUPLICATE_REJECTED'
  | 'INVALID_RESOURCE'
  | 'INVALID_PARAMETER'
  | 'REFERENCE_NOT_FOUND'
  | 'BAD_REQUEST'
  | 'CONFLICTING_VALUES'
  | 'NOT_IMPLEMENTED'
  | 'INTERNAL_SERVER_ERROR';

/** Codes the CodeSystem holds besides those (GP Connect's pages do not assign them a trigger). */
export type OtherSpineCode =
  | 'INVALID_CODE_SYSTEM'
  | 'INVALID_CODE_VALUE'
  | 'INVALID_VALUE'
  | 'INVALID_ELEMENT'
  | 'AUTHOR_CREDENTIALS_ERROR'
  | 'REQUEST_UNMATCHED'
  | 'MESSAGE_NOT_WELL_FORMED'
  | 'PATIENT_SENSITIVE'
  | 'FHIR_CONSTRAINT_VIOLATION'
  | 'FLAG_ALREADY_SET'
  | 'INVALID_REQUEST_STATE'
  | 'INVALID_REQUEST_TYPE'
  | 'ASID_CHECK_FAILED'
  | 'MISSING_OR_INVALID_HEADER'
  | 'ACCESS_DENIED_SSL'
  | 'MSG_RESOURCE_ID_FAIL'
  | 'RESOURCE_CREATED'
  | 'RESOURCE_DELETED'
  | 'RESOURCE_UPDATED'
  | 'INVALID_REQUEST_MESSAGE'
  | 'DEPRECATED'
  | 'NO_LONGER_SUPPORTED'
  | 'WITHDRAWN'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PRECONDITION_FAILED';

export type SpineCode = GpConnectSpineCode | OtherSpineCode;

/** FHIR `OperationOutcome.issue.code` values the sandbox emits. */
export type IssueCode =
  | 'value'
  | 'not-found'
  | 'forbidden'
  | 'duplicate'
  | 'invalid'
  | 'not-supported'
  | 'processing'
  | 'exception'
  | 'business-rule'
  | 'conflict'
  | 'security'
  | 'structure'
  | 'required'
  | 'informational'
  | 'deleted'
  | 'code-invalid'
  | 'transient';

export interface SpineErrorDefinition {
  /** HTTP status the code is returned with. */
  status: number;
  /** FHIR issue type. */
  issueCode: IssueCode;
  /** The CodeSystem display (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html: CodeSystem displays win over older page wording). */
  display: string;
  /** What the code tells a consumer, in the portal's words. */
  meaning: string;
  /** True for the codes GP Connect's own error table uses; false for the CodeSystem's other codes. */
  gpConnect: boolean;
  /**
   * True when a GP Connect page or the provider test pack pairs the code with `status` and `issueCode`. The CodeSystem
   * defines neither, so for most of its other codes both are only the sandbox's choice.
   */
  statusSpecified: boolean;
}

const gpc = (status: number, issueCode: IssueCode, display: string, meaning: string): SpineErrorDefinition => ({
  status,
  issueCode,
  display,
  meaning,
  gpConnect: true,
  statusSpecified: true,
});
const other = (
  status: number,
  issueCode: IssueCode,
  display: string,
  meaning: string,
  statusSpecified = false,
): SpineErrorDefinition => ({
  status,
  issueCode,
  display,
  meaning,
  gpConnect: false,
  statusSpecified,
});

export const spineErrors: Record<SpineCode, SpineErrorDefinition> = {
  INVALID_IDENTIFIER_SYSTEM: gpc(
    400,
    'value',
    'Invalid identifier system',
    'A search identifier or parameter names a system the provider does not know.',
  ),
  INVALID_IDENTIFIER_VALUE: gpc(
    400,
    'value',
    'Invalid identifier value',
    'The identifier value is not in the form its system expects.',
  ),
  INVALID_NHS_NUMBER: gpc(
    400,
    'value',
    'Invalid NHS number',
    'The NHS number is not ten digits with a correct check digit, or PDS holds it as invalid or superseded.',
  ),
  INVALID_PATIENT_DEMOGRAPHICS: gpc(
    400,
    'business-rule',
    'Invalid patient demographics',
    'The PDS trace behind a registration failed: the patient is unknown to PDS, unverified, deceased or sensitive.',
  ),
  ORGANISATION_NOT_FOUND: gpc(404, 'not-found', 'Organisation not found', 'No organisation has that logical id.'),
  PATIENT_NOT_FOUND: gpc(
    404,
    'not-found',
    'Patient not found',
    'The patient is unknown here, or may not be shared: inactive, deceased, sensitive, not registered here or unverified.',
  ),
  PRACTITIONER_NOT_FOUND: gpc(404, 'not-found', 'Practitioner not found', 'No practitioner has that logical id.'),
  NO_RECORD_FOUND: gpc(
    404,
    'not-found',
    'No record found',
    'The general answer when a requested instance (a location, appointment or document) does not exist.',
  ),
  NO_PATIENT_CONSENT: gpc(
    403,
    'forbidden',
    'Patient has not provided consent to share data',
    'The patient has dissented from sharing their record, so record access is refused.',
  ),
  NO_ORGANISATIONAL_CONSENT: gpc(
    403,
    'forbidden',
    'Organisation has not provided consent to share data',
    'The requesting organisation is not part of a data-sharing agreement with the practice.',
  ),
  'ACCESS DENIED': gpc(
    403,
    'forbidden',
    'Access has been denied to process this request',
    'GP Connect as a whole, or this capability, is switched off at the practice.',
  ),
  NO_RELATIONSHIP: gpc(
    403,
    'forbidden',
    'No legitimate relationship exists with this patient',
    'A migration was asked for by an organisation that PDS does not show as the registered practice.',
  ),
  DUPLICATE_REJECTED: gpc(
    409,
    'duplicate',
    'Create would lead to creation of a duplicate resource',
    'The patient is already registered, or the slot was booked by somebody else in the meantime.',
  ),
  INVALID_RESOURCE: gpc(
    422,
    'invalid',
    'Invalid validation of resource',
    "The body (or a resource inside the JWT) breaks the profile or the interaction's rules.",
  ),
  INVALID_PARAMETER: gpc(
    422,
    'invalid',
    'Invalid parameter',
    'A search or operation parameter is missing, malformed, out of range or not allowed in this combination.',
  ),
  REFERENCE_NOT_FOUND: gpc(
    422,
    'invalid',
    'Reference not found',
    'The submitted resource points to something (a slot, a patient) that does not exist.',
  ),
  BAD_REQUEST: gpc(
    400,
    'invalid',
    'Bad request',
    'The request itself is wrong: a header, the JWT, the verb, the interaction ID or a required search parameter.',
  ),
  CONFLICTING_VALUES: gpc(
    400,
    'invalid',
    'Conflicting values have been specified in different fields',
    'Two parts of the request contradict each other, such as sensitive data asked for with a conf/N scope.',
  ),
  NOT_IMPLEMENTED: gpc(
    501,
    'not-supported',
    'Not implemented',
    'The provider does not offer this; inside a 200 structured record it is a warning about a parameter or area.',
  ),
  INTERNAL_SERVER_ERROR: gpc(
    500,
    'exception',
    'Unexpected internal server error',
    'Something failed inside the provider (or a service it depends on, such as PDS).',
  ),

  INVALID_CODE_SYSTEM: other(422, 'code-invalid', 'Invalid code system', 'A coding names an unknown code system.'),
  INVALID_CODE_VALUE: other(422, 'code-invalid', 'Invalid code value', 'A code is not in its code system.'),
  INVALID_VALUE: other(
    422,
    'value',
    'An input field has an invalid value for its type',
    'A field holds a value that its type does not allow.',
  ),
  INVALID_ELEMENT: other(422, 'structure', 'Invalid element', 'An element is present that the profile does not allow.'),
  AUTHOR_CREDENTIALS_ERROR: other(
    403,
    'security',
    'Author credentials error',
    "The author's credentials were rejected.",
  ),
  REQUEST_UNMATCHED: other(
    400,
    'invalid',
    'Request does not match authorisation token',
    'The request does not agree with what its authorisation token allows.',
  ),
  MESSAGE_NOT_WELL_FORMED: other(400, 'structure', 'Message not well formed', 'The message could not be parsed.'),
  PATIENT_SENSITIVE: other(403, 'forbidden', 'Patient sensitive', 'The patient carries a PDS sensitive flag.'),
  FHIR_CONSTRAINT_VIOLATION: other(
    409,
    'conflict',
    'FHIR constraint violated',
    'A version or other FHIR constraint does not hold; the provider test pack expects it for a stale If-Match.',
    true,
  ),
  FLAG_ALREADY_SET: other(409, 'duplicate', 'Flag value was already set', 'The flag to be set is already present.'),
  INVALID_REQUEST_STATE: other(
    409,
    'business-rule',
    'The request exists but is not in an appropriate state for the call to succeed',
    'The target is not in a state that allows this.',
  ),
  INVALID_REQUEST_TYPE: other(
    400,
    'invalid',
    'The type of request is not supported by the API call',
    'The kind of request is not accepted here.',
  ),
  ASID_CHECK_FAILED: other(
    403,
    'forbidden',
    "The sender or receiver's ASID is not authorised for this interaction",
    'An ASID is not authorised for the interaction; the SSP answers 403 with it.',
    true,
  ),
  MISSING_OR_INVALID_HEADER: other(
    400,
    'required',
    'There is a required header missing or invalid',
    'A required header is absent or wrong.',
  ),
  ACCESS_DENIED_SSL: other(
    403,
    'security',
    'SSL Protocol or Cipher requirements not met',
    'The TLS protocol or cipher suite of the connection is not acceptable.',
  ),
  MSG_RESOURCE_ID_FAIL: other(
    400,
    'invalid',
    'Client is not permitted to assign an id',
    'The client sent a resource id where only the server may assign one.',
  ),
  RESOURCE_CREATED: other(201, 'informational', 'New resource created', 'Information only: a resource was created.'),
  RESOURCE_DELETED: other(200, 'informational', 'Resource removed', 'Information only: a resource was deleted.'),
  RESOURCE_UPDATED: other(
    200,
    'informational',
    'Resource has been successfully updated',
    'Information only: a resource was updated.',
  ),
  INVALID_REQUEST_MESSAGE: other(400, 'invalid', 'Invalid request message', 'The request message is not valid.'),
  DEPRECATED: other(
    200,
    'informational',
    'Event message type has been deprecated',
    'Information only: the event message type is deprecated.',
  ),
  NO_LONGER_SUPPORTED: other(
    410,
    'deleted',
    'Event message type is no longer supported',
    'The event message type is no longer offered.',
  ),
  WITHDRAWN: other(
    410,
    'deleted',
    'Event message type has been withdrawn',
    'The event message type has been withdrawn.',
  ),
  UNSUPPORTED_MEDIA_TYPE: other(415, 'not-supported', 'Unsupported media type', 'The media type is not supported.'),
  PRECONDITION_FAILED: other(412, 'conflict', 'Precondition failed', 'A request precondition did not hold.'),
};

/** Every Spine code, GP Connect's own first. */
export const spineCodes = Object.keys(spineErrors) as SpineCode[];

/** Spellings other sources use for a code, mapped to the one the sandbox emits (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html). */
export const SPINE_CODE_ALIASES: Readonly<Record<string, SpineCode>> = {
  ACCESS_DENIED: 'ACCESS DENIED',
  NO_ORGANISATION_CONSENT: 'NO_ORGANISATIONAL_CONSENT',
};

/**
 * Codes a specification page uses that the Spine-ErrorOrWarningCode-1 CodeSystem does not define (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html),
 * with the code GP Connect systems, and this sandbox, send instead. Pages may name them only to warn readers.
 */
export const NON_CODESYSTEM_CODES: Readonly<Record<string, SpineCode>> = {
  NOT_AUTHORISED: 'NO_RELATIONSHIP',
};

/** True when `value` is a Spine code, or one of its documented alternative spellings. */
export const isSpineCode = (value: string): boolean => value in spineErrors || value in SPINE_CODE_ALIASES;

/** The system SSP-side OperationOutcome codings use; their `code` is the HTTP status as a string. */
export const SSP_ERROR_SYSTEM = 'http://fhir.nhs.net/ValueSet/gpconnect-schedule-response-code-1-0';

export type SspErrorKey =
  | 'targetUrlMismatch'
  | 'senderNotAuthorised'
  | 'receiverNotAuthorised'
  | 'senderToReceiverNotAllowed'
  | 'methodNotAllowed'
  | 'unsupportedMediaType'
  | 'endpointUnreachable';

export interface SspErrorDefinition {
  status: number;
  issueCode: IssueCode;
  /** What the proxy means by it. */
  meaning: string;
  /** The display/diagnostics pattern; `<...>` parts are filled in. */
  pattern: string;
}

export const sspErrors: Record<SspErrorKey, SspErrorDefinition> = {
  targetUrlMismatch: {
    status: 400,
    issueCode: 'invalid',
    meaning: 'The provider URL differs from the SDS endpoint.',
    pattern: 'ENDPOINT_<sds endpoint>_CPAID_<cpaid>_VARIES_FROM_TARGETURL_<target>',
  },
  senderNotAuthorised: {
    status: 403,
    issueCode: 'forbidden',
    meaning: 'The sender ASID may not send this interaction.',
    pattern: 'ASID_CHECK_FAILED_MESSAGESENDER_<asid>',
  },
  receiverNotAuthorised: {
    status: 403,
    issueCode: 'forbidden',
    meaning: 'The receiver ASID may not receive this interaction.',
    pattern: 'PARTYKEY_INTERACTION_CHECK_FAILED_MESSAGERECEIVER_<asid>',
  },
  senderToReceiverNotAllowed: {
    status: 403,
    issueCode: 'forbidden',
    meaning: 'This sender may not send this interaction to this receiver.',
    pattern: 'FOT_CHECK_FAILED_MESSAGESENDER_<asid>_MESSAGERECEIVER_<asid>',
  },
  methodNotAllowed: {
    status: 405,
    issueCode: 'not-supported',
    meaning: 'The proxy does not forward this HTTP method.',
    pattern: '405: Method Not Allowed',
  },
  unsupportedMediaType: {
    status: 415,
    issueCode: 'not-supported',
    meaning: 'The proxy does not accept this media type.',
    pattern: 'Unsupported_Media_Type',
  },
  endpointUnreachable: {
    status: 502,
    issueCode: 'transient',
    meaning: 'The proxy could not reach the provider.',
    pattern: 'ERROR_COMMUNICATING_TO_ENDPOINT_URL_<url>',
  },
} as const satisfies Record<SspErrorKey, SspErrorDefinition>;
