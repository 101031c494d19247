// @vitest-environment node
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test } from 'vitest';
import type { CapabilityKey } from '../../../../src/spec/capabilities.ts';
import { interactions } from '../../../../src/spec/interactions.ts';
import { buildOpenApi } from '../../../../src/exports/openapi/index.ts';

type Spec = Parameters<Validator['validate']>[0];
const CAPABILITIES: CapabilityKey[] = ['foundations', 'appointments', 'structured', 'documents'];

type Operation = {
  parameters: Array<{ name?: string; schema?: { enum?: string[] }; $ref?: string }>;
  responses: Record<string, unknown>;
};
const operationsOf = (capability: CapabilityKey) =>
  Object.values(buildOpenApi(capability).paths).flatMap((item) => Object.values(item) as Operation[]);

describe('the OpenAPI descriptions', () => {
  test.each(CAPABILITIES)('%s is valid OpenAPI 3.1 with every $ref resolving', async (capability) => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApi(capability) as unknown as Spec);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  test('the validator rejects a description with a parameter in a place OpenAPI 3.1 does not have', async () => {
    const broken = buildOpenApi('foundations');
    const patient = broken.paths['/Patient'] as { get: { parameters: Array<Record<string, unknown>> } };
    patient.get.parameters.push({ name: 'patient', in: 'body', schema: { type: 'object' } });
    expect((await new Validator().validate(broken as unknown as Spec)).valid).toBe(false);
  });

  test.each(CAPABILITIES)('%s names every interaction ID of the capability once in Ssp-InteractionID', (capability) => {
    const named = operationsOf(capability).flatMap(
      (operation) => operation.parameters.find((p) => p.name === 'Ssp-InteractionID')?.schema?.enum ?? [],
    );
    const expected = Object.values(interactions)
      .filter((interaction) => interaction.capability === capability)
      .map((interaction) => interaction.id);
    expect(named.sort()).toEqual(expected.sort());
  });

  test('each operation takes the Ssp-* headers and answers the Spine errors as OperationOutcomes', () => {
    for (const operation of CAPABILITIES.flatMap(operationsOf)) {
      expect(operation.parameters.map((p) => p.$ref ?? p.name)).toEqual(
        expect.arrayContaining([
          '#/components/parameters/SspTraceID',
          '#/components/parameters/SspFrom',
          '#/components/parameters/SspTo',
          'Ssp-InteractionID',
        ]),
      );
      expect(operation.responses).toMatchObject({
        '400': { $ref: '#/components/responses/SpineError400' },
        '404': { $ref: '#/components/responses/SpineError404' },
        '500': { $ref: '#/components/responses/SpineError500' },
      });
    }
  });

  test('amend and cancel share PUT /Appointment/{id} and require If-Match', () => {
    const put = (buildOpenApi('appointments').paths['/Appointment/{id}'] as { put: Operation }).put;
    expect(put.parameters.find((p) => p.name === 'Ssp-InteractionID')?.schema?.enum).toEqual([
      interactions.A4.id,
      interactions.A5.id,
    ]);
    expect(put.parameters).toContainEqual({ $ref: '#/components/parameters/IfMatch' });
    expect(put.responses).toHaveProperty('409');
  });
});
