// src/checks/spec-facts.ts: values that content copies from the specification must agree with src/spec, where they
// are written once. It catches a code shown with another display than its code system's, a profile version that
// differs from the one the capability statements reference, an interaction ID sent with the wrong HTTP method, a
// specification glossary term used on a page but missing from the glossary, and a release without its notes page.
import * as spec from '../spec/index.ts';
import { pathOfContentFile, type ContentFile } from './content-accuracy.ts';
import type { Problem } from './problem.ts';

/** code → every display src/spec gives it (a code may sit in more than one code system). */
export type DisplayIndex = ReadonlyMap<string, ReadonlySet<string>>;

const isUrl = (value: string) => /^[a-z]+:\/\//.test(value);
/** A key that reads as a code (`R0260`, `T`, `gp-practice`), not as a field name (`display`, `maxLength`). */
const isCodeLike = (key: string) => /^[A-Z0-9]/.test(key) || /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(key);

/**
 * Walks src/spec for code/display pairs: `{ code, display }` objects, `{ CODE: { display } }` tables (Spine errors,
 * List warnings) and `{ CODE: 'display' }` maps (registration types, job roles, organisation types).
 */
export function collectDisplays(value: unknown, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const add = (code: string, display: string) => into.set(code, (into.get(code) ?? new Set()).add(display));
  if (Array.isArray(value)) value.forEach((item) => collectDisplays(item, into));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.code === 'string' && typeof record.display === 'string') add(record.code, record.display);
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'string' && isCodeLike(key) && !isUrl(item)) {
        add(key, item);
      } else if (item && typeof item === 'object' && typeof (item as { display?: unknown }).display === 'string') {
        if (typeof (item as { code?: unknown }).code !== 'string') add(key, (item as { display: string }).display);
      }
      collectDisplays(item, into);
    }
  }
  return into;
}

/** Canonical URL → the versions src/spec records for it (`history` as the capability statements cite it, `version`). */
export function collectProfileVersions(
  value: unknown,
  into = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  if (Array.isArray(value)) value.forEach((item) => collectProfileVersions(item, into));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string') {
      const versions = [record.history, record.version].filter((v): v is string => typeof v === 'string');
      if (versions.length) into.set(record.url, new Set([...(into.get(record.url) ?? []), ...versions]));
    }
    Object.values(record).forEach((item) => collectProfileVersions(item, into));
  }
  return into;
}

const displays = collectDisplays(spec);
const profileVersions = collectProfileVersions(spec);

const at = (file: string, line: number, column: number, message: string, fix: string): Problem => ({
  file,
  line,
  column,
  message,
  fix,
});

/** JSON `"code": "X"` with its `"display"` in the same object, or prose `` `X` (display) ``. */
export function checkDisplays({ file, text }: ContentFile, index: DisplayIndex = displays): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const report = (line: number, column: number, code: string, found: string) => {
    const known = index.get(code);
    if (!known || known.has(found)) return;
    const expected = [...known].map((display) => JSON.stringify(display)).join(' or ');
    problems.push(
      at(
        file,
        line,
        column,
        `${code} is shown as ${JSON.stringify(found)}, but src/spec gives ${expected}`,
        `write ${expected} (src/spec holds the code system's display), or render it from src/spec`,
      ),
    );
  };
  lines.forEach((lineText, i) => {
    for (const match of lineText.matchAll(/"code"\s*:\s*"([^"]+)"/g)) {
      // The display belongs to the same coding: this line after the code, or the next two lines before the object ends.
      const rest = [lineText.slice(match.index + match[0].length), lines[i + 1] ?? '', lines[i + 2] ?? ''].join('\n');
      const display = /^[^{}]*?"display"\s*:\s*"([^"]*)"/.exec(rest);
      if (display?.[1] !== undefined) report(i + 1, match.index + 1, match[1]!, display[1]);
    }
    for (const match of lineText.matchAll(/`([^`\s]+)` \(([^)`]+)\)/g)) {
      const known = index.get(match[1]!);
      // Only a parenthesis that reads as a display (one of the known ones but for case and wording) is compared.
      if (known && [...known].some((display) => sameWords(display, match[2]!)) && !known.has(match[2]!)) {
        report(i + 1, match.index + 1, match[1]!, match[2]!);
      }
    }
  });
  return problems;
}

/** Loose likeness: same first word, ignoring case, so "(GP practice)" is compared and "(a temporary one)" is not. */
const sameWords = (a: string, b: string) =>
  a.split(/\s+/)[0]!.toLowerCase() === b.split(/\s+/)[0]!.toLowerCase() && a !== b;

/** `<profile URL>/_history/<v>`: the version must be the one src/spec records for that URL. */
export function checkProfileVersions({ file, text }: ContentFile): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const match of lineText.matchAll(
      /(https:\/\/fhir\.nhs\.uk\/STU3\/[A-Za-z]+\/[A-Za-z0-9-]+)\/_history\/([0-9.]+)/g,
    )) {
      const known = profileVersions.get(match[1]!);
      if (!known) continue; // an unknown URL is the identifier check's business
      if (known.has(match[2]!)) continue;
      problems.push(
        at(
          file,
          i + 1,
          match.index + 1,
          `${match[1]} is cited at version ${match[2]}, but src/spec records ${[...known].join(' / ')}`,
          'use the version in src/spec/profiles.ts',
        ),
      );
    }
  });
  return problems;
}

/** In one code block, `Ssp-InteractionID: <id>` must go with the request line's HTTP method that src/spec gives it. */
export function checkInteractionMethods({ file, text }: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  let block: { method?: string; start: number } | undefined;
  lines.forEach((lineText, i) => {
    if (/^\s*```/.test(lineText)) {
      block = block ? undefined : { start: i };
      return;
    }
    if (!block) return;
    const request = /^\s*(GET|POST|PUT|DELETE|PATCH) \S+/.exec(lineText);
    if (request && !block.method) block.method = request[1];
    const header = /Ssp-InteractionID:\s*(urn:nhs:names:services:gpconnect:\S+)/.exec(lineText);
    const interaction = header && spec.findInteractionById(header[1]!);
    if (interaction && block.method && interaction.method !== block.method) {
      problems.push(
        at(
          file,
          i + 1,
          header.index + 1,
          `${interaction.id} (${interaction.name}) is sent with ${block.method}, but src/spec gives ${interaction.method}`,
          `send it with ${interaction.method} ${interaction.path}, or use the interaction ID of the request shown`,
        ),
      );
    }
  });
  return problems;
}

export interface GlossaryTerms {
  /** The portal glossary's ids (content/glossary.yaml). */
  ids: ReadonlySet<string>;
}

/** Prose only: code blocks, inline code and import lines are left out, so a sample's `CORS` header does not count. */
const proseOf = (line: string) => line.replace(/`[^`]*`/g, ' ');

/**
 * Every term of the specification's glossary must have a portal entry, and a page that uses one of their
 * abbreviations (FQDN, LDAP…) or a `<Term id>` needs that entry to exist.
 */
export function checkGlossary(files: ContentFile[], glossary: GlossaryTerms): Problem[] {
  const problems: Problem[] = spec.specGlossaryTerms
    .filter((term) => !glossary.ids.has(term.id))
    .map((term) => ({
      file: 'content/glossary.yaml',
      message: `the specification's glossary term "${term.term}" has no entry (id ${term.id})`,
      fix: `add an entry with id: ${term.id}, in your own words`,
    }));
  const byAbbreviation = spec.specGlossaryTerms.filter((term) => term.abbreviation);
  for (const { file, text } of files) {
    let inCode = false;
    text.split('\n').forEach((lineText, i) => {
      if (/^\s*```/.test(lineText)) inCode = !inCode;
      if (inCode || /^import /.test(lineText)) return;
      for (const match of lineText.matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
        if (!glossary.ids.has(match[1]!)) {
          problems.push(
            at(
              file,
              i + 1,
              match.index + 1,
              `<Term id="${match[1]}"> names no glossary entry`,
              'add the entry to content/glossary.yaml or correct the id',
            ),
          );
        }
      }
      const prose = proseOf(lineText);
      for (const term of byAbbreviation) {
        if (glossary.ids.has(term.id)) continue;
        const found = new RegExp(`\\b${term.abbreviation}\\b`).exec(prose);
        if (found) {
          problems.push(
            at(
              file,
              i + 1,
              found.index + 1,
              `${term.abbreviation} is used but the glossary has no entry for it`,
              `add "${term.term}" to content/glossary.yaml with id: ${term.id}`,
            ),
          );
        }
      }
    });
  }
  return problems;
}

/** Every release in src/spec/releases.ts needs its notes: a content page at notesPath with the heading of its anchor. */
export function checkReleaseNotes(files: ContentFile[]): Problem[] {
  const byPath = new Map(files.map((entry) => [pathOfContentFile(entry.file), entry]));
  return spec.releases.flatMap((release): Problem[] => {
    const [path = '', anchor] = release.notes.split('#');
    const page = byPath.get(path);
    const problem = (message: string, fix: string): Problem[] => [{ file: 'src/spec/releases.ts', message, fix }];
    if (!page)
      return problem(
        `release ${release.version} has no notes page at ${path}`,
        `write content${path.replace(/\/$/, '')}.mdx`,
      );
    if (anchor && !headingSlugs(page.text).has(anchor)) {
      return problem(
        `the notes page ${path} has no heading for release ${release.version} (#${anchor})`,
        `add a heading whose slug is ${anchor} to ${page.file}`,
      );
    }
    return [];
  });
}

/** Slugs of a page's Markdown headings, as the site's anchors spell them (lower case, punctuation dropped, spaces → -). */
export const headingSlugs = (text: string): Set<string> =>
  new Set(
    [...text.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((match) =>
      match[1]!
        .toLowerCase()
        .replace(/`/g, '')
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s/g, '-'),
    ),
  );

/** Everything this module checks, over the whole content tree. */
export const checkSpecFacts = (files: ContentFile[], glossary: GlossaryTerms): Problem[] => [
  ...files.flatMap((file) => [...checkDisplays(file), ...checkProfileVersions(file), ...checkInteractionMethods(file)]),
  ...checkGlossary(files, glossary),
  ...checkReleaseNotes(files),
];
