// src/exports/collections/postman.ts: a capability's requests as a Postman collection (format v2.1), and the
// environment that points it at a local sandbox. Newman runs the same files (tests/unit/exports).
// https://schema.getpostman.com/json/collection/v2.1.0/collection.json
import { capabilities, type CapabilityKey } from '../../spec/capabilities.ts';
import { appointmentBodyScript, captureScript, jwtScript, runtimeScript } from './scripts.ts';
import { listDayOffsets, type RequestTemplate } from './template.ts';

export const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
/** Where `npm run sandbox` listens unless told otherwise. */
export const LOCAL_SANDBOX_URL = 'http://127.0.0.1:4010';

const script = (lines: string[]) => ({ type: 'text/javascript', exec: lines });

function testLines(template: RequestTemplate): string[] {
  const { status, code } = template.expect;
  const lines = [`pm.test('answers ${status}', () => pm.response.to.have.status(${status}));`];
  if (code) {
    lines.push(
      `pm.test('with Spine code ${code}', () =>`,
      `  pm.expect(pm.response.json().issue[0].details.coding[0].code).to.eql('${code}'));`,
    );
  }
  if (template.captures.length > 0 && status < 300) {
    lines.push(
      'if (pm.response.code < 300) {',
      'const body = pm.response.json();',
      "const etag = pm.response.headers.get('ETag');",
      'const set = (name, value) => pm.collectionVariables.set(name, value);',
      ...template.captures.flatMap(captureScript),
      '}',
    );
  }
  return lines;
}

function toItem(template: RequestTemplate, index: number) {
  return {
    name: `${String(index + 1).padStart(2, '0')} ${template.name}`,
    request: {
      description: `${template.title}. Expected: ${template.expect.status}${template.expect.code ? ` ${template.expect.code}` : ''}.`,
      method: template.method,
      header: template.headers.map(([key, value]) => ({ key, value })),
      url: template.url,
      ...(template.body === null
        ? {}
        : { body: { mode: 'raw', raw: template.body, options: { raw: { language: 'json' } } } }),
    },
    event: [
      {
        listen: 'prerequest',
        script: script([
          'const set = (name, value) => pm.variables.set(name, value);',
          'const get = (name) => pm.variables.get(name);',
          ...jwtScript(template.claims),
          ...(template.appointmentChange ? appointmentBodyScript(template.appointmentChange) : []),
        ]),
      },
      { listen: 'test', script: script(testLines(template)) },
    ],
  };
}

/** The collection: one item per request in run order, the per-request script at collection level. */
export function buildPostmanCollection(capability: CapabilityKey, templates: RequestTemplate[]) {
  const { name, version } = capabilities[capability];
  return {
    info: {
      name: `GP Connect ${name} ${version} (sandbox examples)`,
      description:
        `Every named example of the portal's ${name} pages, in an order that runs top to bottom against a fresh ` +
        'sandbox (`npm run sandbox`). Each request gets a new Ssp-TraceID and a JWT issued when it is sent; ids ' +
        'found by earlier requests (patient, slot, appointment and its ETag, documents) are kept as collection variables.',
      schema: POSTMAN_SCHEMA,
    },
    event: [
      {
        listen: 'prerequest',
        script: script([
          'const set = (name, value) => pm.variables.set(name, value);',
          ...runtimeScript(listDayOffsets(templates)),
        ]),
      },
    ],
    variable: [{ key: 'baseUrl', value: LOCAL_SANDBOX_URL }],
    item: templates.map(toItem),
  };
}

/** An environment for the local sandbox server; change baseUrl to send the same requests elsewhere. */
export function buildPostmanEnvironment() {
  return {
    name: 'GP Connect sandbox (local)',
    values: [{ key: 'baseUrl', value: LOCAL_SANDBOX_URL, type: 'default', enabled: true }],
    _postman_variable_scope: 'environment',
  };
}
