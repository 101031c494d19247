import { describe, expect, test } from 'vitest';
import { normaliseBase, resolveTargetBase, sendRequest } from '../../../../src/widgets/transport/index.ts';

describe('the transport', () => {
  test('builds in-page and local requests on the local sandbox address, custom ones on the typed base', () => {
    expect(resolveTargetBase({ kind: 'browser' }, 'http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(resolveTargetBase({ kind: 'custom', base: ' https://provider.example/ ' }, 'http://127.0.0.1:4010')).toBe(
      'https://provider.example',
    );
  });

  test('answers from the in-page sandbox without any network', async () => {
    const result = await sendRequest(
      { kind: 'browser' },
      { method: 'GET', url: 'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/metadata', headers: [], body: null },
    );
    expect(result.ok && result.response.status).toBe(400);
  });

  test('reports a closed port as a refused connection and says to start the server', async () => {
    const result = await sendRequest(
      { kind: 'local' },
      { method: 'GET', url: 'http://127.0.0.1:9/x', headers: [], body: null },
      { timeoutMs: 5000 },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.kind).toBe('refused');
    expect(!result.ok && result.failure.advice).toContain('npm run sandbox');
  });

  test('says when a typed base URL is not a URL', async () => {
    const result = await sendRequest(
      { kind: 'custom', base: 'provider' },
      { method: 'GET', url: 'provider/x', headers: [], body: null },
    );
    expect(!result.ok && result.failure.kind).toBe('invalid-url');
  });
});

describe('a typed target', () => {
  test('turns a bare port or host:port into a local plain-HTTP base and keeps a full URL as typed', () => {
    expect(normaliseBase('4011')).toBe('http://127.0.0.1:4011');
    expect(normaliseBase(' localhost:4012/ ')).toBe('http://localhost:4012');
    expect(normaliseBase('https://provider.example/gpc/')).toBe('https://provider.example/gpc');
  });
});
