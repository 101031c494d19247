// The Format choice: it edits the draft's Accept header, so sending and every "Copy as" sample ask for that format.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { toCurl } from '../../../../src/widgets/code-export/index.ts';
import { buildWireRequest, createDraft } from '../../../../src/widgets/request/draft.ts';
import { draftFormat, withFormat } from '../../../../src/widgets/request/format.ts';

const now = new Date();
const draft = () => createDraft('F3', 'read-patient2', { now, session: {} });

describe('the Format choice', () => {
  test('starts as JSON, as every example asks for', () => {
    expect(draftFormat(draft())).toBe('json');
  });
  test('asks for FHIR XML in the Accept header, which the sandbox answers in XML and curl carries', async () => {
    const xml = withFormat(draft(), 'xml');
    expect(draftFormat(xml)).toBe('xml');
    const wire = buildWireRequest(xml, { base: 'http://127.0.0.1:4010', now });
    expect(wire.headers.filter(([name]) => name.toLowerCase() === 'accept')).toEqual([
      ['Accept', 'application/fhir+xml;charset=utf-8'],
    ]);
    expect(toCurl(wire)).toContain('Accept: application/fhir+xml');
    const response = await createSandbox().handle(
      new Request(wire.url, { method: wire.method, headers: wire.headers }),
    );
    expect(response.headers.get('Content-Type')).toBe('application/fhir+xml;charset=utf-8');
  });
  test('switches back to JSON, and adds Accept again if the reader removed it', () => {
    expect(draftFormat(withFormat(withFormat(draft(), 'xml'), 'json'))).toBe('json');
    const bare = { ...draft(), headers: draft().headers.filter(([name]) => name !== 'Accept') };
    expect(withFormat(bare, 'xml').headers.at(-1)).toEqual(['Accept', 'application/fhir+xml;charset=utf-8']);
  });
});
