// Prints a built request as code a reader can paste: curl, JavaScript fetch, C# HttpClient and Python requests.
// Every header goes in, the JWT and Ssp-TraceID included, so the copy reproduces exactly what the widget sent.
import type { WireRequest } from '../../consumer/wire.ts';

export type CodeLanguage = 'curl' | 'fetch' | 'csharp' | 'python';

/** Quotes text for a POSIX shell: single quotes, with any single quote closed, escaped and reopened. */
function quoteShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A JSON string literal is also a valid JavaScript and Python string literal. */
function quoteString(text: string): string {
  return JSON.stringify(text);
}

/** C# verbatim string: only the double quote needs doubling. */
function quoteCSharp(text: string): string {
  return `@"${text.replace(/"/g, '""')}"`;
}

/** curl with one -H per header; --data-binary keeps the body byte for byte. */
export function toCurl(request: WireRequest): string {
  const lines = [`curl -i -X ${request.method} ${quoteShell(request.url)}`];
  for (const [name, value] of request.headers) lines.push(`  -H ${quoteShell(`${name}: ${value}`)}`);
  if (request.body !== null) lines.push(`  --data-binary ${quoteShell(request.body)}`);
  return lines.join(' \\\n');
}

/** A fetch call that logs the status and the body text. */
export function toFetch(request: WireRequest): string {
  const headers = request.headers.map(([name, value]) => `    ${quoteString(name)}: ${quoteString(value)},`).join('\n');
  const body = request.body === null ? '' : `\n  body: ${quoteString(request.body)},`;
  return [
    `const response = await fetch(${quoteString(request.url)}, {`,
    `  method: ${quoteString(request.method)},`,
    `  headers: {\n${headers}\n  },${body}`,
    `});`,
    `console.log(response.status, response.statusText);`,
    `console.log(await response.text());`,
  ].join('\n');
}

/** HttpClient wants Content-Type on the content, not the request, so it is moved there. */
export function toCSharp(request: WireRequest): string {
  const contentType = request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const lines = [
    'using var client = new HttpClient();',
    `using var request = new HttpRequestMessage(new HttpMethod(${quoteCSharp(request.method)}), ${quoteCSharp(request.url)});`,
  ];
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() === 'content-type') continue;
    lines.push(`request.Headers.TryAddWithoutValidation(${quoteCSharp(name)}, ${quoteCSharp(value)});`);
  }
  if (request.body !== null) {
    lines.push(`request.Content = new StringContent(${quoteCSharp(request.body)});`);
    if (contentType) {
      lines.push('request.Content.Headers.Remove("Content-Type");');
      lines.push(`request.Content.Headers.TryAddWithoutValidation("Content-Type", ${quoteCSharp(contentType)});`);
    }
  }
  lines.push('using var response = await client.SendAsync(request);');
  lines.push('Console.WriteLine((int)response.StatusCode);');
  lines.push('Console.WriteLine(await response.Content.ReadAsStringAsync());');
  return lines.join('\n');
}

/** requests.request with the headers as a dict and the body sent as UTF-8 bytes. */
export function toPython(request: WireRequest): string {
  const headers = request.headers.map(([name, value]) => `    ${quoteString(name)}: ${quoteString(value)},`).join('\n');
  const body = request.body === null ? '' : `,\n    data=${quoteString(request.body)}.encode("utf-8")`;
  return [
    'import requests',
    '',
    `headers = {\n${headers}\n}`,
    `response = requests.request(${quoteString(request.method)}, ${quoteString(request.url)}, headers=headers${body})`,
    'print(response.status_code, response.reason)',
    'print(response.text)',
  ].join('\n');
}

/** The exporter for each language. */
export const exporters: Record<CodeLanguage, (request: WireRequest) => string> = {
  curl: toCurl,
  fetch: toFetch,
  csharp: toCSharp,
  python: toPython,
};
