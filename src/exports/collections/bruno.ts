// src/exports/collections/bruno.ts: the capabilities' requests as one Bruno collection: a folder per capability
// holding a .bru file per request (`seq` gives the run order), collection.bru with the script every request runs
// first, and a sandbox environment. The .bru text is written by Bruno's own serialiser (@usebruno/lang), so `bru run` reads it back.
import bruLang from '@usebruno/lang';
import { capabilities, type CapabilityKey } from '../../spec/capabilities.ts';
import { LOCAL_SANDBOX_URL } from './postman.ts';
import { appointmentBodyScript, captureScript, jwtScript, runtimeScript } from './scripts.ts';
import { listDayOffsets, type RequestTemplate } from './template.ts';

const { jsonToBruV2, jsonToCollectionBru, envJsonToBruV2 } = bruLang;

/** The environment file's name inside the collection (`bru run --env sandbox`). */
export const BRUNO_ENVIRONMENT = 'sandbox';

const lines = (...parts: string[][]) => parts.flat().join('\n');

function testsOf({ expect }: RequestTemplate): string {
  const checks = [`test('answers ${expect.status}', () => expect(res.getStatus()).to.equal(${expect.status}));`];
  if (expect.code) {
    checks.push(
      `test('with Spine code ${expect.code}', () =>`,
      `  expect(res.getBody().issue[0].details.coding[0].code).to.equal('${expect.code}'));`,
    );
  }
  return checks.join('\n');
}

function requestBru(template: RequestTemplate, seq: number): string {
  const capture =
    template.captures.length > 0 && template.expect.status < 300
      ? lines(
          ['if (res.getStatus() < 300) {', 'const body = res.getBody();', "const etag = res.getHeader('etag');"],
          ['const set = (name, value) => bru.setVar(name, value);'],
          template.captures.flatMap(captureScript),
          ['}'],
        )
      : '';
  return jsonToBruV2({
    meta: { name: template.name, type: 'http', seq },
    http: {
      method: template.method.toLowerCase(),
      url: template.url,
      body: template.body === null ? 'none' : 'json',
      auth: 'none',
    },
    headers: template.headers.map(([name, value]) => ({ name, value, enabled: true })),
    ...(template.body === null ? {} : { body: { json: template.body } }),
    script: {
      req: lines(
        ['const set = (name, value) => bru.setVar(name, value);', 'const get = (name) => bru.getVar(name);'],
        jwtScript(template.claims),
        template.appointmentChange ? appointmentBodyScript(template.appointmentChange) : [],
      ),
      ...(capture ? { res: capture } : {}),
    },
    tests: testsOf(template),
    docs: `${template.title}. Expected: ${template.expect.status}${template.expect.code ? ` ${template.expect.code}` : ''}.`,
  });
}

/** The capabilities of one Bruno collection, each with its requests in run order. */
export type BrunoFolders = Array<[CapabilityKey, RequestTemplate[]]>;

/** One collection with a folder per capability; the files by path relative to the collection folder. */
export function buildBrunoCollection(folders: BrunoFolders): Record<string, string> {
  const files: Record<string, string> = {
    'bruno.json': `${JSON.stringify({ version: '1', name: 'GP Connect', type: 'collection', ignore: [] }, null, 2)}\n`,
    'collection.bru': jsonToCollectionBru({
      script: {
        req: lines(
          ['const set = (name, value) => bru.setVar(name, value);'],
          runtimeScript(listDayOffsets(folders.flatMap(([, templates]) => templates))),
        ),
      },
      docs:
        "Every named example of the portal's capability pages, a folder per capability, each in an order that runs " +
        `top to bottom against a fresh sandbox (npm run sandbox): bru run -r --env ${BRUNO_ENVIRONMENT}`,
    }),
    [`environments/${BRUNO_ENVIRONMENT}.bru`]: envJsonToBruV2({
      variables: [{ name: 'baseUrl', value: LOCAL_SANDBOX_URL, enabled: true, secret: false }],
    }),
  };
  folders.forEach(([capability, templates], folderIndex) => {
    const { name, version } = capabilities[capability];
    const folder = `${folderIndex + 1} ${name}`;
    files[`${folder}/folder.bru`] = jsonToCollectionBru({ meta: { name: `${name} ${version}`, seq: folderIndex + 1 } });
    templates.forEach((template, index) => {
      const seq = index + 1;
      const file = `${String(seq).padStart(2, '0')} ${template.name.replace(/[^A-Za-z0-9 -]/g, '')}.bru`;
      files[`${folder}/${file}`] = requestBru(template, seq);
    });
  });
  return files;
}
