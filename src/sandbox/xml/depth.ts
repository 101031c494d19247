// How deeply XML text nests its elements, counted in one pass without parsing, so that a body nested far past any
// FHIR resource is refused before the parser (whose namespace lookups walk the open elements) ever sees it.

/** The index just past `end`, searched from `from`, or the text's length when it never comes. */
const after = (text: string, end: string, from: number): number => {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
};

/** The end of a start or end tag at `from`: the first `>` outside a quoted attribute value. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return text.length;
}

/** The deepest element nesting in the text; comments, CDATA, processing instructions and declarations add nothing. */
export function xmlDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = after(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) i = after(text, '?>', i + 2);
    else if (text.startsWith('<!', i)) i = after(text, '>', i + 2);
    else {
      const end = tagEnd(text, i + 1);
      if (text.charCodeAt(i + 1) === 0x2f) depth--;
      else if (text.charCodeAt(end - 1) !== 0x2f) deepest = Math.max(deepest, ++depth);
      i = end + 1;
    }
    i = text.indexOf('<', i);
  }
  return deepest;
}
