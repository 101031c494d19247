// The two namespaces of FHIR XML: FHIR's own, and XHTML for the narrative (https://hl7.org/fhir/STU3/xml.html).
export const FHIR_NAMESPACE = 'http://hl7.org/fhir';
export const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
