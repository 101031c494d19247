// src/exports/downloads.ts: every file under /downloads/ this module makes at build time (the routes in
// src/pages/downloads/ serve them, <Downloads> links them): per capability a Postman collection, an .http file and
// an OpenAPI description; for all of them one Postman environment and one Bruno collection (zipped folder).
import { strToU8, zipSync } from 'fflate';
import { capabilities, type CapabilityKey } from '../spec/capabilities.ts';
import { buildBrunoCollection } from './collections/bruno.ts';
import { buildHttpFile } from './collections/http-file.ts';
import { buildPostmanCollection, buildPostmanEnvironment } from './collections/postman.ts';
import { buildRequestTemplates } from './collections/template.ts';
import { buildOpenApi } from './openapi/index.ts';

/** The capabilities with REST interactions and named examples (Access Record HTML is 0.x and has neither). */
export const EXPORTED_CAPABILITIES: readonly CapabilityKey[] = [
  'foundations',
  'appointments',
  'structured',
  'documents',
];

export interface Download {
  /** File name under /downloads/. */
  file: string;
  /** Link text. */
  label: string;
  /** What it is for, in a few words. */
  description: string;
  mediaType: string;
  build(): string | Uint8Array<ArrayBuffer>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const slug = (capability: CapabilityKey) => `gp-connect-${capability}`;

/** The Bruno folder inside the zip; `bru run -r` runs from there. */
export const BRUNO_FOLDER = 'gp-connect-bruno';

export const sharedDownloads: readonly Download[] = [
  {
    file: 'gp-connect-sandbox.postman_environment.json',
    label: 'Postman environment',
    description: 'points the Postman collections at npm run sandbox (baseUrl)',
    mediaType: 'application/json',
    build: () => json(buildPostmanEnvironment()),
  },
  {
    file: 'gp-connect.bruno.zip',
    label: 'Bruno collection',
    description: 'every capability, a folder each; unzip and open the folder in Bruno',
    mediaType: 'application/zip',
    build: () => {
      const files = buildBrunoCollection(EXPORTED_CAPABILITIES.map((key) => [key, buildRequestTemplates(key)]));
      const zip = zipSync(
        Object.fromEntries(Object.entries(files).map(([path, text]) => [`${BRUNO_FOLDER}/${path}`, strToU8(text)])),
      );
      return new Uint8Array(zip);
    },
  },
];

/** The three files of one capability. */
export function capabilityDownloads(capability: CapabilityKey): Download[] {
  const { name } = capabilities[capability];
  return [
    {
      file: `${slug(capability)}.postman_collection.json`,
      label: `Postman collection: ${name}`,
      description: 'every named example, a new trace id and JWT per request',
      mediaType: 'application/json',
      build: () => json(buildPostmanCollection(capability, buildRequestTemplates(capability))),
    },
    {
      file: `${slug(capability)}.http`,
      label: `.http file: ${name}`,
      description: 'for VS Code REST Client and JetBrains HTTP Client',
      mediaType: 'text/plain',
      build: () => buildHttpFile(capability, buildRequestTemplates(capability), new Date()),
    },
    {
      file: `${slug(capability)}.openapi.json`,
      label: `OpenAPI 3.1: ${name}`,
      description: 'paths, headers, the JWT scheme and the Spine errors',
      mediaType: 'application/json',
      build: () => json(buildOpenApi(capability)),
    },
  ];
}

export const allDownloads: readonly Download[] = [
  ...EXPORTED_CAPABILITIES.flatMap(capabilityDownloads),
  ...sharedDownloads,
];
