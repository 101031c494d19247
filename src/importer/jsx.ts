// src/importer/jsx.ts: writes the small pieces of MDX syntax the stages emit (attributes, code spans).

/** `name="value"`, switching quotes or to an expression when the value needs it (JSX strings have no escapes). */
export function jsxAttribute(name: string, value: string): string {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}={${JSON.stringify(value)}}`;
}

/** An inline code span that shows `text` literally, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A Callout that keeps a construct the importer could not convert in view, with the source line to fix. */
export function unconvertedCallout(sourceText: string, line: number): string {
  return `<Callout type="warning" title="Not converted by the importer">\n\nSource line ${line} needs converting by hand: ${codeSpan(sourceText)}\n\n</Callout>`;
}
