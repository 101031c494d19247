// Reads an XML response body for the explainer and the outline, and lays XML out for reading.
// The XML reader is loaded only when an XML answer arrives, so a JSON-only page never downloads it.
import { FHIR_XML_MEDIA_TYPE } from '../../spec/headers.ts';
import type { WireResponse } from '../../consumer/wire.ts';

/** True when the answer is FHIR XML (by its Content-Type). */
export const isXmlResponse = (response: WireResponse): boolean =>
  response.headers.some(
    ([name, value]) => name.toLowerCase() === 'content-type' && value.toLowerCase().startsWith(FHIR_XML_MEDIA_TYPE),
  );

/** Far deeper than any FHIR answer goes; it only keeps a hostile server's XML from stalling the page. */
const RESPONSE_DEPTH_LIMIT = 256;

/** An XML body in its JSON form, for the explainer and the outline; undefined when it is not FHIR XML. */
export async function readXmlBody(body: string): Promise<unknown> {
  try {
    const { fromXml } = await import('../../sandbox/xml/from-xml.ts');
    return fromXml(body, RESPONSE_DEPTH_LIMIT);
  } catch {
    return undefined;
  }
}

/**
 * The XML with one element a line, indented by depth, for display only. The narrative's XHTML stays on its line,
 * since whitespace inside it is content.
 */
export function indentXml(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  const tokens = xml.match(/<div[\s>][\s\S]*?<\/div>|<[^>]+>/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('</')) depth--;
    lines.push(`${'  '.repeat(Math.max(depth, 0))}${token}`);
    if (!token.startsWith('</') && !token.startsWith('<?') && !token.endsWith('/>') && !token.startsWith('<div'))
      depth++;
  }
  return lines.join('\n');
}
