// The specification as typed data: everything the sandbox, the widgets and the content checks share.
export * from './capabilities.ts';
export * from './interactions.ts';
export * from './spine-errors.ts';
export * from './headers.ts';
export * from './jwt.ts';
export * from './identifier-systems.ts';
export * from './practices.ts';
export * from './test-patients.ts';
export * from './nhs-number.ts';
export * from './appointments.ts';
export * from './appointment-changes.ts';
export * from './test-practitioners.ts';
export * from './profiles.ts';
export * from './fhir-elements.ts';
export * from './releases.ts';
export * from './glossary-terms.ts';
