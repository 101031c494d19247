// HTTP headers and media types of GP Connect requests and responses (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#content-types, https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html#http-headers, https://developer.nhs.uk/apis/gpconnect/testing_data.html).

/** The four Spine Secure Proxy headers every request carries. */
export const SSP_HEADERS = {
  traceId: 'Ssp-TraceID',
  from: 'Ssp-From',
  to: 'Ssp-To',
  interactionId: 'Ssp-InteractionID',
} as const;
export type SspHeaderName = (typeof SSP_HEADERS)[keyof typeof SSP_HEADERS];

/** The media types, with the charset written as the specification asks (no space). */
export const FHIR_JSON_MEDIA_TYPE = 'application/fhir+json';
export const FHIR_XML_MEDIA_TYPE = 'application/fhir+xml';
export const FHIR_JSON = 'application/fhir+json;charset=utf-8';
export const FHIR_XML = 'application/fhir+xml;charset=utf-8';
/** The DSTU2 (0.x) media types, which 1.x providers do not accept. */
export const LEGACY_MEDIA_TYPES = ['application/json+fhir', 'application/xml+fhir'] as const;

/** Every GP Connect response carries this `Cache-Control` value, errors included (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#caching-headers). */
export const CACHE_CONTROL = 'no-store';

/** Example ASIDs and trace id of the specification's requests. */
export const CONSUMER_ASID = '200000000115';
export const EXAMPLE_PROVIDER_ASID = '200000000116';
export const EXAMPLE_TRACE_ID = '629ea9ba-a077-4d99-b289-7a9b19fd4e03';

/** Optional request headers used by Appointment Management. */
export const IF_MATCH = 'If-Match';
export const PREFER = 'Prefer';
