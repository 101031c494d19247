// src/exports/openapi/index.ts: an OpenAPI 3.1 description of one capability, generated from src/spec: its paths
// and methods, the Ssp-* headers, the JWT as a bearer scheme, FHIR resource types with their profile links, and the
// Spine error responses (OperationOutcome). Interactions that share a method and path (amend and cancel, retrieve and
// migrate a document) are one operation, told apart by Ssp-InteractionID, as a provider tells them apart.
// https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html
import { capabilities, serviceRootPath, type CapabilityKey } from '../../spec/capabilities.ts';
import { CONSUMER_ASID, FHIR_JSON_MEDIA_TYPE, IF_MATCH, SSP_HEADERS } from '../../spec/headers.ts';
import { interactions, type Interaction } from '../../spec/interactions.ts';
import { JWT_LIFETIME_SECONDS } from '../../spec/jwt.ts';
import { DEFAULT_PRACTICE } from '../../widgets/examples/index.ts';
import { SITE_URL } from '../../site/config.ts';
import { LOCAL_SANDBOX_URL } from '../collections/postman.ts';
import { buildRequestTemplates, type RequestTemplate } from '../collections/template.ts';
import { errorComponents, errorResponses } from './errors.ts';
import { resourceSchema, resourceTypeOf } from './resources.ts';

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const headerParameters = {
  SspTraceID: {
    name: SSP_HEADERS.traceId,
    in: 'header',
    required: true,
    description: 'A new UUID for every request.',
    schema: { type: 'string', format: 'uuid' },
  },
  SspFrom: {
    name: SSP_HEADERS.from,
    in: 'header',
    required: true,
    description: "The consumer system's ASID.",
    schema: { type: 'string', examples: [CONSUMER_ASID] },
  },
  SspTo: {
    name: SSP_HEADERS.to,
    in: 'header',
    required: true,
    description: "The provider system's ASID, as SDS returned it.",
    schema: { type: 'string' },
  },
  IfMatch: {
    name: IF_MATCH,
    in: 'header',
    required: true,
    description: 'The version last read, as the weak ETag W/"<versionId>"; a stale one is answered 409.',
    schema: { type: 'string', examples: ['W/"1"'] },
  },
};

/** Query parameter names the named examples send to this operation, in first-use order. */
function queryNames(templates: RequestTemplate[]): string[] {
  const names = templates.flatMap((t) => [...new URL(t.url.replace('{{baseUrl}}', 'http://h')).searchParams.keys()]);
  return [...new Set(names)];
}

const operationId = (interaction: Interaction) =>
  interaction.name
    .replace(/\(.*\)/g, '')
    .trim()
    .replace(/['’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join('');

function buildOperation(group: Interaction[], templates: RequestTemplate[]) {
  const [first] = group as [Interaction];
  const mine = templates.filter((t) => group.some((interaction) => interaction.key === t.interaction));
  const hasBody = first.method !== 'GET';
  return {
    operationId: group.map(operationId).join('Or'),
    summary: group.map((interaction) => interaction.name).join(' / '),
    description: group
      .map((interaction) => `${interaction.key}: ${interaction.name}, ${SITE_URL}${interaction.docsPath}`)
      .join('\n\n'),
    parameters: [
      ...(first.path.includes('{id}')
        ? [{ name: 'id', in: 'path', required: true, description: 'Logical id.', schema: { type: 'string' } }]
        : []),
      ...queryNames(mine).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
      ref('SspTraceID'),
      ref('SspFrom'),
      ref('SspTo'),
      {
        name: SSP_HEADERS.interactionId,
        in: 'header',
        required: true,
        description: 'The interaction ID; the provider checks it fits the method and path.',
        schema: { type: 'string', enum: group.map((interaction) => interaction.id) },
      },
      ...(first.method === 'PUT' ? [ref('IfMatch')] : []),
    ],
    ...(hasBody
      ? {
          requestBody: {
            required: true,
            content: {
              [FHIR_JSON_MEDIA_TYPE]: {
                schema: resourceSchema(
                  first.method === 'POST' && first.path.includes('$') ? 'Parameters' : 'Appointment',
                ),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(first.successStatus)]: {
        description: 'Success.',
        content: { [FHIR_JSON_MEDIA_TYPE]: { schema: resourceSchema(resourceTypeOf(first)) } },
      },
      ...errorResponses(first.method),
    },
  };
}

/** The OpenAPI document of one capability. */
export function buildOpenApi(capability: CapabilityKey) {
  const { name, version, routingSegment, docsDirectory } = capabilities[capability];
  const templates = buildRequestTemplates(capability);
  const paths: Record<string, Record<string, unknown>> = {};
  const groups = new Map<string, Interaction[]>();
  for (const interaction of Object.values(interactions).filter((i) => i.capability === capability)) {
    const key = `${interaction.method} ${interaction.path}`;
    groups.set(key, [...(groups.get(key) ?? []), interaction]);
  }
  for (const group of groups.values()) {
    const [first] = group as [Interaction];
    paths[first.path] = { ...paths[first.path], [first.method.toLowerCase()]: buildOperation(group, templates) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `GP Connect ${name}`,
      version,
      description:
        `The ${name} ${version} interactions of GP Connect, generated from the developer portal's specification ` +
        `data. Every request carries the Ssp-* headers and an unsigned JWT; the portal's pages explain each one.`,
    },
    externalDocs: { description: `${name} on the developer portal`, url: `${SITE_URL}/${docsDirectory}/` },
    servers: [
      {
        url: `{base}${serviceRootPath('{odsCode}', routingSegment)}`,
        description: "A provider's service root: the local sandbox by default.",
        variables: {
          base: { default: LOCAL_SANDBOX_URL, description: 'Origin of the provider or sandbox.' },
          odsCode: { default: DEFAULT_PRACTICE, description: "The provider practice's ODS code." },
        },
      },
    ],
    security: [{ gpconnectJwt: [] }],
    paths,
    components: {
      securitySchemes: {
        gpconnectJwt: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            `An unsigned JWT (alg none, empty signature) made for each request: iat now, exp = iat + ` +
            `${JWT_LIFETIME_SECONDS}, aud the provider's service root, with requested_scope, reason_for_request ` +
            'and the requesting device, organisation and practitioner.',
        },
      },
      parameters: headerParameters,
      ...errorComponents(),
    },
  };
}
