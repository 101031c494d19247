// One exporter per language: a built request printed as code a reader can paste and run. Every header goes in,
// the JWT and Ssp-TraceID included, so the copy reproduces exactly what the widget would send.
import { findHeader, type WireRequest } from '../../consumer/wire.ts';
import { quoteCSharp, quoteJson, quotePowerShell, quoteShell, quoteSingle } from './quote.ts';

const isContentType = (name: string) => name.toLowerCase() === 'content-type';

/** curl with one -H per header; --data-binary keeps the body byte for byte. */
export function toCurl(request: WireRequest): string {
  const lines = [`curl -i -X ${request.method} ${quoteShell(request.url)}`];
  for (const [name, value] of request.headers) lines.push(`  -H ${quoteShell(`${name}: ${value}`)}`);
  if (request.body !== null) lines.push(`  --data-binary ${quoteShell(request.body)}`);
  return lines.join(' \\\n');
}

function fetchCall(request: WireRequest): string[] {
  const headers = request.headers.map(([name, value]) => `    ${quoteJson(name)}: ${quoteJson(value)},`).join('\n');
  const body = request.body === null ? '' : `\n  body: ${quoteJson(request.body)},`;
  return [
    `const response = await fetch(${quoteJson(request.url)}, {`,
    `  method: ${quoteJson(request.method)},`,
    `  headers: {\n${headers}\n  },${body}`,
    `});`,
  ];
}

/** A fetch call for a browser console or a module, logging the status and the body text. */
export function toFetch(request: WireRequest): string {
  return [
    ...fetchCall(request),
    `console.log(response.status, response.statusText);`,
    `console.log(await response.text());`,
  ].join('\n');
}

/** A Node 18+ ES module (fetch is undici, built in); it also prints the ETag and Location a booking returns. */
export function toNode(request: WireRequest): string {
  return [
    '// Save as request.mjs and run: node request.mjs (Node 18 or later; fetch is built in)',
    ...fetchCall(request),
    'console.log(response.status, response.statusText);',
    "for (const name of ['etag', 'location']) if (response.headers.has(name)) console.log(`${name}: ${response.headers.get(name)}`);",
    'console.log(await response.text());',
  ].join('\n');
}

/** HttpClient wants Content-Type on the content, not the request, so it is moved there. */
export function toCSharp(request: WireRequest): string {
  const contentType = findHeader(request.headers, 'content-type');
  const lines = [
    'using var client = new HttpClient();',
    `using var request = new HttpRequestMessage(new HttpMethod(${quoteCSharp(request.method)}), ${quoteCSharp(request.url)});`,
  ];
  for (const [name, value] of request.headers) {
    if (isContentType(name)) continue;
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
  const headers = request.headers.map(([name, value]) => `    ${quoteJson(name)}: ${quoteJson(value)},`).join('\n');
  const body = request.body === null ? '' : `,\n    data=${quoteJson(request.body)}.encode("utf-8")`;
  return [
    'import requests',
    '',
    `headers = {\n${headers}\n}`,
    `response = requests.request(${quoteJson(request.method)}, ${quoteJson(request.url)}, headers=headers${body})`,
    'print(response.status_code, response.reason)',
    'print(response.text)',
  ].join('\n');
}

/** A single-file program for `java Request.java` (JDK 11+): java.net.http with the body as UTF-8. */
export function toJava(request: WireRequest): string {
  const publisher =
    request.body === null
      ? 'HttpRequest.BodyPublishers.noBody()'
      : `HttpRequest.BodyPublishers.ofString(${quoteJson(request.body)}, StandardCharsets.UTF_8)`;
  return [
    '// Save as Request.java and run: java Request.java (JDK 11 or later)',
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    'import java.nio.charset.StandardCharsets;',
    '',
    'public class Request {',
    '  public static void main(String[] args) throws Exception {',
    `    HttpRequest request = HttpRequest.newBuilder(URI.create(${quoteJson(request.url)}))`,
    `        .method(${quoteJson(request.method)}, ${publisher})`,
    ...request.headers.map(([name, value]) => `        .header(${quoteJson(name)}, ${quoteJson(value)})`),
    '        .build();',
    '    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());',
    '    System.out.println(response.statusCode());',
    '    System.out.println(response.body());',
    '  }',
    '}',
  ].join('\n');
}

/** A Go program for `go run request.go`: net/http from the standard library. */
export function toGo(request: WireRequest): string {
  const body = request.body === null ? 'nil' : `strings.NewReader(${quoteJson(request.body)})`;
  return [
    '// Save as request.go and run: go run request.go',
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"io"',
    '\t"net/http"',
    ...(request.body === null ? [] : ['\t"strings"']),
    ')',
    '',
    'func main() {',
    `\treq, err := http.NewRequest(${quoteJson(request.method)}, ${quoteJson(request.url)}, ${body})`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    ...request.headers.map(([name, value]) => `\treq.Header.Set(${quoteJson(name)}, ${quoteJson(value)})`),
    '\tres, err := http.DefaultClient.Do(req)',
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tdefer res.Body.Close()',
    '\tdata, _ := io.ReadAll(res.Body)',
    '\tfmt.Println(res.StatusCode)',
    '\tfmt.Println(string(data))',
    '}',
  ].join('\n');
}

/** PHP with the curl extension, which every PHP build that talks HTTP has. */
export function toPhp(request: WireRequest): string {
  return [
    '<?php',
    '// Save as request.php and run: php request.php (needs the curl extension)',
    `$ch = curl_init(${quoteSingle(request.url)});`,
    'curl_setopt_array($ch, [',
    `    CURLOPT_CUSTOMREQUEST => ${quoteSingle(request.method)},`,
    '    CURLOPT_RETURNTRANSFER => true,',
    '    CURLOPT_HTTPHEADER => [',
    ...request.headers.map(([name, value]) => `        ${quoteSingle(`${name}: ${value}`)},`),
    '    ],',
    ...(request.body === null ? [] : [`    CURLOPT_POSTFIELDS => ${quoteSingle(request.body)},`]),
    ']);',
    '$body = curl_exec($ch);',
    'echo curl_getinfo($ch, CURLINFO_RESPONSE_CODE), PHP_EOL, $body, PHP_EOL;',
  ].join('\n');
}

/** Ruby's standard Net::HTTP; Net::HTTPGenericRequest takes any verb and says whether it carries a body. */
export function toRuby(request: WireRequest): string {
  const hasBody = request.body !== null;
  return [
    '# Save as request.rb and run: ruby request.rb',
    "require 'net/http'",
    "require 'uri'",
    '',
    `uri = URI(${quoteSingle(request.url)})`,
    `request = Net::HTTPGenericRequest.new(${quoteSingle(request.method)}, ${hasBody}, true, uri.request_uri)`,
    ...request.headers.map(([name, value]) => `request[${quoteSingle(name)}] = ${quoteSingle(value)}`),
    ...(hasBody ? [`request.body = ${quoteSingle(request.body!)}`] : []),
    "response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https') { |http| http.request(request) }",
    'puts response.code',
    'puts response.body',
  ].join('\n');
}

/** PowerShell 7's Invoke-WebRequest; -SkipHeaderValidation lets the FHIR Content-Type and Bearer token through as typed. */
export function toPowerShell(request: WireRequest): string {
  const contentType = findHeader(request.headers, 'content-type');
  const headers = request.headers
    .filter(([name]) => !isContentType(name))
    .map(([name, value]) => `  ${quotePowerShell(name)} = ${quotePowerShell(value)}`);
  return [
    '# PowerShell 7 or later',
    `$headers = @{\n${headers.join('\n')}\n}`,
    '$params = @{',
    `  Uri = ${quotePowerShell(request.url)}`,
    `  Method = ${quotePowerShell(request.method)}`,
    '  Headers = $headers',
    ...(contentType ? [`  ContentType = ${quotePowerShell(contentType)}`] : []),
    ...(request.body === null ? [] : [`  Body = ${quotePowerShell(request.body)}`]),
    '  SkipHeaderValidation = $true',
    '  SkipHttpErrorCheck = $true',
    '}',
    '$response = Invoke-WebRequest @params',
    '$response.StatusCode',
    '$response.Content',
  ].join('\n');
}
