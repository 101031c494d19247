// src/exports/openapi/errors.ts: the Spine error responses every GP Connect operation may give, one per HTTP status,
// each an OperationOutcome whose coding is one of the Spine codes GP Connect pairs with that status.
// https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html
import { FHIR_JSON_MEDIA_TYPE } from '../../spec/headers.ts';
import { OPERATION_OUTCOME_PROFILE, SPINE_ERROR_SYSTEM, spineErrors, type SpineCode } from '../../spec/spine-errors.ts';

/** GP Connect's own Spine codes grouped by the status they are returned with. */
function codesByStatus(): Map<number, SpineCode[]> {
  const byStatus = new Map<number, SpineCode[]>();
  for (const [code, definition] of Object.entries(spineErrors) as Array<[SpineCode, (typeof spineErrors)[SpineCode]]>) {
    if (definition.gpConnect) byStatus.set(definition.status, [...(byStatus.get(definition.status) ?? []), code]);
  }
  return byStatus;
}

const responseName = (status: number) => `SpineError${status}`;

/** The OperationOutcome schema and one reusable response per error status. */
export function errorComponents() {
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of codesByStatus()) {
    responses[responseName(status)] = {
      description: codes.map((code) => `${code}: ${spineErrors[code].display}.`).join(' '),
      content: {
        [FHIR_JSON_MEDIA_TYPE]: {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/OperationOutcome' },
              {
                properties: {
                  issue: {
                    items: {
                      properties: {
                        details: { properties: { coding: { items: { properties: { code: { enum: codes } } } } } },
                      },
                    },
                  },
                },
              },
            ],
          },
        },
      },
    };
  }
  return {
    schemas: {
      OperationOutcome: {
        type: 'object',
        required: ['resourceType', 'issue'],
        externalDocs: { url: OPERATION_OUTCOME_PROFILE },
        properties: {
          resourceType: { const: 'OperationOutcome' },
          meta: {
            type: 'object',
            properties: { profile: { type: 'array', items: { const: OPERATION_OUTCOME_PROFILE } } },
          },
          issue: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['severity', 'code', 'details'],
              properties: {
                severity: { enum: ['fatal', 'error', 'warning', 'information'] },
                code: { type: 'string', description: 'FHIR issue type.' },
                diagnostics: { type: 'string', description: 'What was wrong, in words.' },
                details: {
                  type: 'object',
                  properties: {
                    coding: {
                      type: 'array',
                      minItems: 1,
                      items: {
                        type: 'object',
                        required: ['system', 'code'],
                        properties: {
                          system: { const: SPINE_ERROR_SYSTEM },
                          code: { type: 'string' },
                          display: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    responses,
  };
}

/** The error responses of an operation: every status, except that only PUT and POST can conflict (409). */
export function errorResponses(method: string): Record<string, { $ref: string }> {
  const entries = [...codesByStatus().keys()]
    .filter((status) => status !== 409 || method !== 'GET')
    .map((status) => [String(status), { $ref: `#/components/responses/${responseName(status)}` }]);
  return Object.fromEntries(entries);
}
