import { describe, expect, test } from 'vitest';
import {
  capabilities,
  findInteractionById,
  interactionList,
  interactions,
  scopeFor,
  type InteractionKey,
} from '../../../src/spec/index.ts';

const docsPaths: Record<InteractionKey, string> = {
  F1: '/foundations/get-the-capability-statement/',
  F2: '/foundations/find-a-patient/',
  F3: '/foundations/read-a-patient/',
  F4: '/foundations/find-a-practitioner/',
  F5: '/foundations/read-a-practitioner/',
  F6: '/foundations/find-an-organisation/',
  F7: '/foundations/read-an-organisation/',
  F8: '/foundations/read-a-location/',
  F9: '/foundations/register-a-patient/',
  A1: '/appointments/search-for-free-slots/',
  A2: '/appointments/read-an-appointment/',
  A3: '/appointments/book-an-appointment/',
  A4: '/appointments/amend-an-appointment/',
  A5: '/appointments/cancel-an-appointment/',
  A6: '/appointments/retrieve-a-patients-appointments/',
  S1: '/access-record-structured/get-structured-record/',
  S2: '/access-record-structured/migrate-structured-record/',
  S3: '/access-record-structured/get-the-capability-statement/',
  D1: '/access-document/get-the-capability-statement/',
  D2: '/access-document/find-a-patient/',
  D3: '/access-document/search-for-documents/',
  D4: '/access-document/retrieve-a-document/',
  D5: '/access-document/migrate-a-document/',
};

describe('interactions', () => {
  test('lists the 23 interactions F1-F9, A1-A6, S1-S3 and D1-D5 with their keys', () => {
    expect(Object.keys(interactions)).toEqual(Object.keys(docsPaths));
    for (const [key, interaction] of Object.entries(interactions)) expect(interaction.key).toBe(key);
  });
  test('gives every interaction the docs path of its reference page', () => {
    for (const interaction of interactionList) expect(interaction.docsPath).toBe(docsPaths[interaction.key]);
  });
  test('gives every interaction a unique interaction ID that finds it again', () => {
    expect(new Set(interactionList.map((i) => i.id)).size).toBe(interactionList.length);
    for (const interaction of interactionList) expect(findInteractionById(interaction.id)).toBe(interaction);
  });
  test("routes each interaction under its capability's routing segment", () => {
    for (const interaction of interactionList)
      expect(interaction.base).toBe(capabilities[interaction.capability].routingSegment);
  });
  test('does not find an interaction ID written in the wrong case', () => {
    expect(findInteractionById(interactions.F2.id.toUpperCase())).toBeUndefined();
  });
  test("keeps the specification's ID, verb and path for the interactions the sandbox routes", () => {
    expect(interactions.S1).toMatchObject({
      id: 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
      method: 'POST',
      path: '/Patient/$gpc.getstructuredrecord',
      scope: 'patient/*.read',
      confidentiality: true,
    });
    expect(interactions.A5).toMatchObject({
      id: 'urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1',
      method: 'PUT',
      path: '/Appointment/{id}',
      scope: 'patient/*.write',
    });
    expect(interactions.A3.successStatus).toBe(201);
    expect(interactions.F9.successStatus).toBe(200);
    expect(interactions.D5).toMatchObject({ reason: 'migration', method: 'GET', path: '/Binary/{id}' });
  });
  test('adds conf/N to the scope only where the interaction takes a confidentiality value', () => {
    expect(scopeFor(interactions.S1)).toBe('patient/*.read conf/N');
    expect(scopeFor(interactions.S2, 'conf/R')).toBe('patient/*.read conf/R');
    expect(scopeFor(interactions.F2)).toBe('patient/*.read');
  });
});
