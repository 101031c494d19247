// Splits a provider path into practice, routing segment and relative path, and matches interaction path templates.
import { FHIR_VERSION_NAME, GPC_MAJOR_VERSION, ROUTING_SEGMENTS, type RoutingSegment } from '../spec/index.ts';

export interface ProviderRoute {
  odsCode: string;
  segment: RoutingSegment;
  /** The path after the service root, starting with `/` (for example `/Patient/2`). */
  relativePath: string;
  /** `/{ODS}/STU3/1/{segment}`. */
  rootPath: string;
}

/** Reads `/{ODS}/STU3/1/{segment}/...`; undefined when the path is not in that form. */
export function parseProviderPath(pathname: string): ProviderRoute | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/([^/]+)\/(.*)$/.exec(pathname);
  if (!match) return undefined;
  const [, odsCode = '', fhirVersion, major, rest = ''] = match;
  if (fhirVersion !== FHIR_VERSION_NAME || major !== GPC_MAJOR_VERSION) return undefined;
  const segment = ROUTING_SEGMENTS.find((s) => rest === s || rest.startsWith(`${s}/`));
  if (!segment) return undefined;
  const rootPath = `/${odsCode}/${FHIR_VERSION_NAME}/${GPC_MAJOR_VERSION}/${segment}`;
  return { odsCode, segment, relativePath: rest.slice(segment.length) || '/', rootPath };
}

// A FHIR logical id: up to 64 letters, digits, '-' and '.' (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#service-root-url).
const LOGICAL_ID = '([A-Za-z0-9\\-.]{1,64})';

// Each template compiled once: every request matches against several (the interaction table is fixed).
const compiled = new Map<string, { pattern: RegExp; names: string[] }>();

function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
      if (name) {
        names.push(name);
        return LOGICAL_ID;
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** The placeholder values when `relativePath` fits `template` exactly (case-sensitive), otherwise undefined. */
export function matchTemplate(template: string, relativePath: string): Record<string, string> | undefined {
  let entry = compiled.get(template);
  if (!entry) compiled.set(template, (entry = compileTemplate(template)));
  const { pattern, names } = entry;
  const match = pattern.exec(relativePath);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] as string]));
}
