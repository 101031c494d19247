// @vitest-environment node
// Reads each capability's .http file the way VS Code REST Client does (file variables, `###` blocks, request line,
// headers, body), sends every request to a fresh in-process sandbox, and checks the status each example promises.
// Between requests it copies the values the file asks the reader to copy, using the collections' own capture code.
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import type { CapabilityKey } from '../../../../src/spec/capabilities.ts';
import { newUuid } from '../../../../src/spec/uuid.ts';
import { buildHttpFile } from '../../../../src/exports/collections/http-file.ts';
import { appointmentBodyScript, captureScript } from '../../../../src/exports/collections/scripts.ts';
import { buildRequestTemplates } from '../../../../src/exports/collections/template.ts';

interface ParsedRequest {
  title: string;
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body: string;
}

/** File variables (`@name = value`) before the first `###`, and one request per `###` block. */
function parseHttpFile(text: string): { variables: Map<string, string>; requests: ParsedRequest[] } {
  const [head = '', ...blocks] = text.split(/^###/m);
  const variables = new Map<string, string>();
  for (const line of head.split('\n')) {
    const match = /^@([A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
    if (match) variables.set(match[1]!, match[2]!.trim());
  }
  const requests = blocks.map((block) => {
    const [title = '', ...lines] = block.split('\n');
    const start = lines.findIndex((line) => /^[A-Z]+ \S+ HTTP\/1\.1$/.test(line));
    if (start < 0) throw new Error(`no request line in block "${title.trim()}"`);
    const [method = '', url = ''] = lines[start]!.split(' ');
    const blank = lines.indexOf('', start);
    const headers = lines.slice(start + 1, blank).map((line): [string, string] => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1).trim()];
    });
    return {
      title: title.trim(),
      method,
      url,
      headers,
      body: lines
        .slice(blank + 1)
        .join('\n')
        .trim(),
    };
  });
  return { variables, requests };
}

/** Replaces {{name}} until none is left; {{$guid}} is REST Client's new UUID on every use. */
function substitute(text: string, variables: Map<string, string>): string {
  let result = text;
  for (let depth = 0; depth < 3 && result.includes('{{'); depth++) {
    result = result.replace(/\{\{(\$?[A-Za-z0-9_]+)\}\}/g, (_, name: string) => {
      if (name === '$guid') return newUuid();
      const value = variables.get(name);
      if (value === undefined || value === '') throw new Error(`{{${name}}} has no value`);
      return value;
    });
  }
  return result;
}

const runScript = (lines: string[], bindings: Record<string, unknown>) =>
  runInNewContext(lines.join('\n'), { ...bindings, JSON, String });

describe('the .http files', () => {
  test.each<CapabilityKey>(['foundations', 'appointments', 'structured', 'documents'])(
    'every %s request gets the answer its example promises when the reader copies the values it names',
    async (capability) => {
      const sandbox = createSandbox();
      const templates = buildRequestTemplates(capability);
      const { variables, requests } = parseHttpFile(buildHttpFile(capability, templates, new Date()));
      expect(requests).toHaveLength(templates.length);
      const got: string[] = [];
      for (const [index, parsed] of requests.entries()) {
        const template = templates[index]!;
        const set = (name: string, value: unknown) => variables.set(name, String(value));
        if (template.appointmentChange)
          runScript(appointmentBodyScript(template.appointmentChange), { set, get: (n: string) => variables.get(n) });
        const body = parsed.body ? substitute(parsed.body, variables) : null;
        const response = await sandbox.handle(
          new Request(substitute(parsed.url, variables), {
            method: parsed.method,
            headers: parsed.headers.map(([name, value]): [string, string] => [name, substitute(value, variables)]),
            ...(body ? { body } : {}),
          }),
        );
        const text = await response.text();
        const code = template.expect.code ? ` ${JSON.parse(text).issue?.[0]?.details?.coding?.[0]?.code}` : '';
        got.push(`${parsed.title.split(':')[0]} ${response.status}${code}`);
        if (response.ok) {
          const bindings = { set, body: JSON.parse(text), etag: response.headers.get('ETag') };
          for (const capture of template.captures) runScript(captureScript(capture), bindings);
        }
      }
      expect(got).toEqual(
        templates.map(
          (t, i) =>
            `${String(i + 1).padStart(2, '0')} ${t.name} ${t.expect.status}${t.expect.code ? ` ${t.expect.code}` : ''}`,
        ),
      );
    },
  );

  test('says when its prebuilt tokens expire and carries no script block REST Client would send as a request', () => {
    const text = buildHttpFile('appointments', buildRequestTemplates('appointments'), new Date('2026-12-02T10:00:00Z'));
    expect(text).toContain('400 BAD_REQUEST after 2026-12-02T10:05:00+00:00');
    expect(text).not.toMatch(/^[<>] \{%/m);
    expect(text).toMatch(/^@jwt01 = [\w-]+\.[\w-]+\.$/m);
  });
});
