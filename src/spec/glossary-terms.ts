// The 49 terms of the specification's glossary (_data/glossary.yml on https://github.com/nhsconnect/gpconnect,
// branch feature/1.6.2) with the id of the portal's own entry for each in content/glossary.yaml.

export interface SpecGlossaryTerm {
  /** The term as the specification's glossary titles it. */
  term: string;
  /** The portal glossary's id for it. */
  id: string;
  /** The abbreviation pages write, when the term has one that is not a common word. */
  abbreviation?: string;
}

const t = (term: string, id: string, abbreviation?: string): SpecGlossaryTerm =>
  abbreviation ? { term, id, abbreviation } : { term, id };

export const specGlossaryTerms: readonly SpecGlossaryTerm[] = [
  t('Accreditation', 'accreditation'),
  t('Accredited System Identifier', 'ASID', 'ASID'),
  t('Active patient', 'active-patient'),
  t('Application Programming Interface', 'API'),
  t('Capability', 'capability'),
  t('Certificate Revocation List', 'CRL', 'CRL'),
  t('Clinical Area', 'clinical-area'),
  t('Clinical Authority To Release', 'CATR', 'CATR'),
  t('Clinical Item', 'clinical-item'),
  t('Clinical safety', 'clinical-safety'),
  t('Combined Message Handling Server and Accredited System endpoint', 'CMA', 'CMA'),
  t('Connection agreement', 'connection-agreement'),
  t('Consumer application', 'consumer-application'),
  t('Consumer supplier', 'consumer-supplier'),
  t('Cross-Origin Resource Sharing', 'CORS', 'CORS'),
  t('Demographics Batch Service', 'DBS'),
  t('Development Milestone Achievement Certificate', 'DevMAC', 'DevMAC'),
  t('Direct Patient Care', 'direct-patient-care'),
  t('Electronic Prescribing and Medicines Administration', 'EPMA', 'EPMA'),
  t('End User Organisation', 'end-user-organisation'),
  t('End User Organisation Policy', 'EUOP', 'EUOP'),
  t('Fast Healthcare Interoperability Resources', 'FHIR'),
  t('Federation', 'federation'),
  t('First of Type', 'first-of-type'),
  t('Five Year Forward View', 'FYFV', 'FYFV'),
  t('Fully Qualified Domain Name', 'FQDN', 'FQDN'),
  t('GP Systems of Choice contract', 'GPSoC', 'GPSoC'),
  t('JSON Web Token', 'JWT'),
  t('Lightweight Directory Access Protocol', 'LDAP', 'LDAP'),
  t('Message Handling Server', 'MHS', 'MHS'),
  t('MHS endpoint', 'MHS-endpoint'),
  t('Network Time Protocol', 'NTP', 'NTP'),
  t('Open Systems Interconnection', 'OSI'),
  t('Organisational Data Service', 'ODS', 'ODS'),
  t('Personal Demographics Service', 'PDS', 'PDS'),
  t('Privacy Enhanced Mail', 'PEM', 'PEM'),
  t('GP principal clinical systems suppliers', 'GP-principal-clinical-system-suppliers'),
  t('Provider supplier', 'provider-supplier'),
  t('Provider system', 'provider-system'),
  t('Proxy server', 'proxy-server'),
  t('Release candidate', 'RC'),
  t('Role Based Access Control', 'RBAC', 'RBAC'),
  t('Spine Directory Service', 'SDS', 'SDS'),
  t('SOAP heading', 'SOAP-heading'),
  t('Spine', 'Spine'),
  t('Spine Secure Proxy', 'SSP', 'SSP'),
  t('Target Operating Model', 'TOM'),
  t('Transport Layer Security', 'TLS'),
  t('Threat Protection System', 'TPS'),
];
