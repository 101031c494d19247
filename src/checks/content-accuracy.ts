// src/checks/content-accuracy.ts: identifiers written in content must exist in src/spec, and every interaction
// must have its reference page with a live widget. A typo in an interaction ID or error code fails the build here.
import { readFileSync } from 'node:fs';
import * as spec from '../spec/index.ts';
import type { Problem } from './problem.ts';

/** Every string (and object key) the spec module holds, however deeply nested. */
function collectSpecStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectSpecStrings(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      collectSpecStrings(item, into);
    }
  }
  return into;
}

const known = collectSpecStrings(spec);
/** Upper-case code-like runs inside spec strings, so the parts of an SSP diagnostics pattern count as known too. */
const knownCodeRuns = new Set([...known].flatMap((value) => value.match(/[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+/g) ?? []));

/**
 * What the check looks for. SSP diagnostics are patterns with the variable part appended
 * (`ASID_CHECK_FAILED_MESSAGESENDER_<asid>`), so a code may also be a known prefix followed by `_…`.
 */
const rules: { kind: string; pattern: RegExp; isKnown: (token: string) => boolean; fix: string }[] = [
  {
    kind: 'interaction ID',
    pattern: /urn:nhs:names:services:gpconnect:[A-Za-z0-9:._-]*[A-Za-z0-9]/g,
    isKnown: (token) => known.has(token),
    fix: 'copy the ID from src/spec/interactions.ts (IDs are case-sensitive)',
  },
  {
    kind: 'Ssp-* header',
    pattern: /\bSsp-[A-Za-z]+/g,
    isKnown: (token) => Object.values(spec.SSP_HEADERS).includes(token as spec.SspHeaderName),
    fix: `use one of ${Object.values(spec.SSP_HEADERS).join(', ')}`,
  },
  {
    kind: 'Spine error code',
    pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
    isKnown: (token) =>
      spec.isSpineCode(token) ||
      knownCodeRuns.has(token) ||
      [...knownCodeRuns].some((run) => token.startsWith(`${run}_`)),
    fix: 'use a code from src/spec/spine-errors.ts',
  },
  {
    kind: 'identifier or code system',
    pattern:
      /https?:\/\/fhir\.(?:nhs\.uk|hl7\.org\.uk|nhs\.net)\/(?:Id\/|STU3\/CodeSystem\/|STU3\/ValueSet\/)[A-Za-z0-9._-]*[A-Za-z0-9]/g,
    isKnown: (token) => known.has(token),
    fix: 'use a system URL from src/spec/identifier-systems.ts',
  },
  {
    kind: 'profile URL',
    pattern: /https?:\/\/fhir\.(?:nhs\.uk|hl7\.org\.uk)\/STU3\/StructureDefinition\/[A-Za-z0-9._-]*[A-Za-z0-9]/g,
    isKnown: (token) => known.has(token),
    fix: 'use a profile URL from src/spec/profiles.ts',
  },
];

export interface ContentFile {
  /** Path shown in problems, such as content/guidance/jwt.mdx. */
  file: string;
  text: string;
}

export function checkIdentifiers({ file, text }: ContentFile): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const rule of rules) {
      for (const match of lineText.matchAll(rule.pattern)) {
        if (rule.isKnown(match[0])) continue;
        problems.push({
          file,
          line: index + 1,
          column: match.index + 1,
          message: `unknown ${rule.kind} ${JSON.stringify(match[0])}: src/spec does not define it`,
          fix: rule.fix,
        });
      }
    }
  });
  return problems;
}

/** Each interaction's docsPath must be a content page that hosts `<TryIt interaction="KEY" …>`. */
export function checkReferencePages(files: ContentFile[]): Problem[] {
  const byPath = new Map(files.map((entry) => [pathOfContentFile(entry.file), entry]));
  return spec.interactionList.flatMap((interaction): Problem[] => {
    const page = byPath.get(interaction.docsPath);
    if (!page) {
      return [
        {
          file: 'src/spec/interactions.ts',
          message: `${interaction.key} (${interaction.name}) has no reference page at ${interaction.docsPath}`,
          fix: `write content${interaction.docsPath.replace(/\/$/, '')}.mdx, or, if the page moved, set ${interaction.key}'s docsPath in src/spec/interactions.ts to its new address`,
        },
      ];
    }
    const hasWidget = new RegExp(`<TryIt\\b[^>]*interaction=["']${interaction.key}["']`).test(page.text);
    return hasWidget
      ? []
      : [
          {
            file: page.file,
            line: 1,
            message: `the reference page of ${interaction.key} has no <TryIt interaction="${interaction.key}">`,
            fix: 'add a widget preloaded with a working example',
          },
        ];
  });
}

/** content/foundations/find-a-patient.mdx → /foundations/find-a-patient/ */
export const pathOfContentFile = (file: string) =>
  `/${file
    .replace(/^.*?content\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

export const readContentFile = (file: string): ContentFile => ({ file, text: readFileSync(file, 'utf8') });
