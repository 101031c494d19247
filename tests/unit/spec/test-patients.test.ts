import { describe, expect, test } from 'vitest';
import { findPractice, findTestPatient, practices, testPatientList, testPatients } from '../../../src/spec/index.ts';

describe('testPatients', () => {
  test('gives every patient a role sentence and unique NHS numbers', () => {
    for (const patient of testPatientList) expect(patient.role).toMatch(/^[A-Z].+\.$/);
    expect(new Set(testPatientList.map((p) => p.nhsNumber)).size).toBe(testPatientList.length);
  });
  test('keeps the official 1.6.0 NHS numbers of the test pack', () => {
    expect(testPatients.patient2.nhsNumber).toBe('9690937286');
    expect(testPatients.patient9.flags.sensitive).toBe(true);
    expect(testPatients.patient18).toMatchObject({ nhsNumber: '9690938681', deathDate: '1993-02-17' });
    expect(testPatients.patientNotInSystem.nhsNumber).toBe('9999999999');
    expect(testPatients.workedExample).toMatchObject({ nhsNumber: '9000000084', practice: 'T99999' });
  });
  test('finds patients by their current or 1.2.x number', () => {
    expect(findTestPatient('9658218873')?.key).toBe('patient2');
    expect(findTestPatient('9690938134')?.key).toBe('patientNoAppointments');
  });
  test('places every held patient at a known practice with a unique logical id', () => {
    const held = testPatientList.filter((p) => p.practice);
    for (const patient of held) expect(findPractice(patient.practice as string)).toBeDefined();
    expect(new Set(held.map((p) => p.logicalId)).size).toBe(held.length);
  });
  test('keeps the practices of the test pack with their ASIDs and slot counts', () => {
    expect(practices.B82617).toMatchObject({ actor: 'ORG1', asid: '918999198738', freeSlots: 30 });
    expect(practices.R1A14.freeSlots).toBe(20);
    expect(practices.X12345.freeSlots).toBe(0);
    expect(practices.T99999).toMatchObject({ asid: '999999999999', partyKey: 'T99999-9999999' });
  });
});
