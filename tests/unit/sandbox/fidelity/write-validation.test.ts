// Structure checks on what consumers send, as the provider test pack expects: 422 INVALID_RESOURCE for an unknown
// element, an identifier without a value or a participant without a status; 400 for a JWT resource of the wrong type.
import { describe, expect, test } from 'vitest';
import type { Slot } from 'fhir/r3';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { gpcRequest, readOutcome, validClaims } from '../gpc-request.ts';
import { book, booking, freeSlots } from '../provider/appointments/appointment-fixtures.ts';

const sandbox = createSandbox();
const bookWith = async (overrides: Record<string, unknown>) =>
  readOutcome(await book(sandbox, booking((await freeSlots(sandbox)).slice(0, 1) as Slot[], overrides)));

describe('booking structure', () => {
  test('a booking with an element STU3 does not define is 422 INVALID_RESOURCE naming it', async () => {
    const outcome = await bookWith({ colour: 'blue' });
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toContain('"colour"');
  });
  test('an identifier without a value is 422 INVALID_RESOURCE', async () => {
    const outcome = await bookWith({ identifier: [{ system: 'https://consumer.example/Id/booking' }] });
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toContain('identifier[0] has no value');
  });
  test('participants without a status are 422 INVALID_RESOURCE', async () => {
    const outcome = await bookWith({
      participant: [{ actor: { reference: 'Patient/2' } }, { actor: { reference: 'Location/16' } }],
    });
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toContain('participant[0].status is required');
  });
});

describe('JWT requesting resources', () => {
  const withClaims = async (change: (claims: Record<string, Record<string, unknown>>) => void) => {
    const claims = validClaims('F3') as Record<string, Record<string, unknown>>;
    change(claims);
    return readOutcome(await sandbox.handle(gpcRequest('F3', { id: '2', claims })));
  };
  test('a requesting_device with an unknown element is 422 INVALID_RESOURCE', async () => {
    const outcome = await withClaims((c) => {
      (c.requesting_device as Record<string, unknown>).colour = 'blue';
    });
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toContain('requesting_device');
  });
  test('a requesting_practitioner that is a Patient is 400 BAD_REQUEST', async () => {
    const outcome = await withClaims((c) => {
      (c.requesting_practitioner as Record<string, unknown>).resourceType = 'Patient';
    });
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
