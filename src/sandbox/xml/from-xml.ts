// Reads a FHIR STU3 XML document into the resource's JSON form (https://hl7.org/fhir/STU3/xml.html), the inverse of
// to-xml.ts. saxes parses without recursion and without a DTD, so entity expansion cannot happen; a DOCTYPE is
// refused outright. XML that is not well-formed is told apart from well-formed XML that is not an STU3 resource (an
// unknown element, a misplaced attribute, text where FHIR has none), as the provider's error codes tell them apart
// (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html).
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PRIMITIVE_TYPES, resourceDefinition, typeDefinition, type TypeDefinition } from './elements.ts';
import { xmlDepth } from './depth.ts';
import { FHIR_NAMESPACE, XHTML_NAMESPACE } from './namespaces.ts';

type Json = Record<string, unknown>;

/** A primitive's values and `_x` twins, gathered per element name until the parent closes. */
interface Gathered {
  values: unknown[];
  twins: (Json | null)[];
}

type Frame =
  | { kind: 'complex'; definition: TypeDefinition; json: Json; path: string; primitives: Map<string, Gathered> }
  | { kind: 'primitive'; value: unknown; twin: Json; path: string; into: Gathered }
  | { kind: 'holder'; path: string; assign: (resource: Json) => void; filled: boolean }
  | { kind: 'xhtml'; start: number; depth: number; assign: (div: string) => void };

/**
 * Why XML could not be read: `malformed` is not well-formed XML (400 BAD_REQUEST to a provider), `invalid` is
 * well-formed but not an STU3 resource (422 INVALID_RESOURCE). The reader stays free of the sandbox's error type, so
 * the page loads it (with saxes) only when XML arrives.
 */
export class XmlReadError extends Error {
  override name = 'XmlReadError';
  readonly kind: 'malformed' | 'invalid';
  constructor(kind: 'malformed' | 'invalid', message: string) {
    super(message);
    this.kind = kind;
  }
}

const malformed = (reason: string) => new XmlReadError('malformed', reason);
const invalid = (path: string, problem: string) => new XmlReadError('invalid', `${path}: ${problem}`);

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function convertValue(text: string, type: string, path: string): unknown {
  if (type === 's') return text;
  if (type === 'b') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw invalid(path, `value ${JSON.stringify(text.slice(0, 40))} is not true or false`);
  }
  if (!NUMBER.test(text)) throw invalid(path, `value ${JSON.stringify(text.slice(0, 40))} is not a number`);
  return Number(text);
}

/** The tag's own attributes, without namespace declarations. */
function attributesOf(tag: SaxesTagNS): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    attributes.set(attribute.name, attribute.value);
  }
  return attributes;
}

function refuseOtherAttributes(attributes: Map<string, string>, allowed: readonly string[], path: string): void {
  for (const name of attributes.keys())
    if (!allowed.includes(name))
      throw invalid(path, `FHIR defines no attribute ${JSON.stringify(name.slice(0, 40))} here`);
}

function gatheredFor(frame: Extract<Frame, { kind: 'complex' }>, name: string): Gathered {
  let gathered = frame.primitives.get(name);
  if (!gathered) frame.primitives.set(name, (gathered = { values: [], twins: [] }));
  return gathered;
}

/** Writes the gathered primitives into the JSON: arrays padded with null, twins only where one has content. */
function settlePrimitives(frame: Extract<Frame, { kind: 'complex' }>): void {
  for (const [name, { values, twins }] of frame.primitives) {
    const repeats = frame.definition.byName.get(name)?.repeats ?? false;
    if (values.some((v) => v !== null)) frame.json[name] = repeats ? values : values[0];
    if (twins.some((t) => t !== null)) frame.json[`_${name}`] = repeats ? twins : twins[0];
  }
}

function openResource(tag: SaxesTagNS, path: string): Extract<Frame, { kind: 'complex' }> {
  const definition = tag.uri === FHIR_NAMESPACE ? resourceDefinition(tag.local) : undefined;
  if (!definition) {
    throw invalid(
      path,
      `<${tag.name.slice(0, 60)}> in namespace ${JSON.stringify(tag.uri.slice(0, 80))} is not an STU3 resource (resources are in ${FHIR_NAMESPACE})`,
    );
  }
  refuseOtherAttributes(attributesOf(tag), [], `${path}${tag.local}`);
  return { kind: 'complex', definition, json: { resourceType: tag.local }, path: tag.local, primitives: new Map() };
}

function openChild(
  parent: Extract<Frame, { kind: 'complex' }>,
  tag: SaxesTagNS,
  position: number,
  text: string,
): Frame {
  const path = `${parent.path}.${tag.local}`;
  const element = parent.definition.byName.get(tag.local);
  const isAttributeElement =
    (tag.local === 'id' && !parent.definition.isResource) ||
    (tag.local === 'url' && parent.definition.name === 'Extension');
  if (!element || isAttributeElement || (tag.uri !== FHIR_NAMESPACE && element.type !== 'x'))
    throw invalid(path, `${parent.definition.name} has no element <${tag.name.slice(0, 60)}>`);
  const attributes = attributesOf(tag);
  const alreadySet = parent.json[tag.local] !== undefined || parent.primitives.has(tag.local);
  if (!element.repeats && alreadySet) throw invalid(path, 'this element may appear only once');
  if (element.repeats && !PRIMITIVE_TYPES.has(element.type) && element.type !== 'x') parent.json[tag.local] ??= [];
  const assign = (value: Json | string) => {
    const current = parent.json[tag.local];
    if (Array.isArray(current)) current.push(value);
    else parent.json[tag.local] = value;
  };

  if (PRIMITIVE_TYPES.has(element.type)) {
    refuseOtherAttributes(attributes, ['value', 'id'], path);
    const raw = attributes.get('value');
    const twin: Json = {};
    const id = attributes.get('id');
    if (id !== undefined) twin.id = id;
    const value = raw === undefined ? null : convertValue(raw, element.type, path);
    return { kind: 'primitive', value, twin, path, into: gatheredFor(parent, tag.local) };
  }
  if (element.type === 'x') {
    // spec: the div is XHTML with its own namespace declaration, kept verbatim as the JSON string
    // (https://hl7.org/fhir/STU3/narrative.html, https://hl7.org/fhir/STU3/json.html#xhtml)
    if (tag.uri !== XHTML_NAMESPACE || tag.prefix !== '' || tag.attributes.xmlns?.value !== XHTML_NAMESPACE)
      throw invalid(path, `the narrative must be <div xmlns="${XHTML_NAMESPACE}">`);
    const start = text.lastIndexOf('<', position - 1);
    return { kind: 'xhtml', start, depth: 1, assign };
  }
  if (element.type === 'R') {
    refuseOtherAttributes(attributes, [], path);
    return { kind: 'holder', path, assign, filled: false };
  }
  const definition = typeDefinition(element.type);
  if (!definition) throw invalid(path, `STU3 has no type ${element.type}`);
  const json: Json = {};
  const allowed = definition.name === 'Extension' ? ['id', 'url'] : ['id'];
  refuseOtherAttributes(attributes, allowed, path);
  for (const name of allowed) {
    const value = attributes.get(name);
    if (value !== undefined) json[name] = value;
  }
  if (definition.name === 'Extension' && json.url === undefined)
    throw invalid(path, 'an extension needs a url attribute');
  assign(json);
  return { kind: 'complex', definition, json, path, primitives: new Map() };
}

/**
 * The resource that the FHIR XML `text` holds, in its JSON form. Throws an XmlReadError: `malformed` when the XML is
 * not well-formed (or has a DOCTYPE, or is not UTF-8), `invalid` when it is not an STU3 resource or nests elements
 * deeper than `maxDepth`.
 */
export function fromXml(text: string, maxDepth: number): Json {
  if (xmlDepth(text) > maxDepth)
    throw new XmlReadError('invalid', `XML elements nest more than ${maxDepth} deep, deeper than any FHIR resource`);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  let root: Json | undefined;
  // The first sign that this is not an STU3 resource (422) waits for the end of the document, so that XML which is
  // also not well-formed further on still gets 400, whatever comes first.
  let notFhir: XmlReadError | undefined;
  const untilNotFhir =
    <A extends unknown[]>(read: (...args: A) => void) =>
    (...args: A) => {
      if (notFhir) return;
      try {
        read(...args);
      } catch (error) {
        if (!(error instanceof XmlReadError) || error.kind !== 'invalid') throw error;
        notFhir = error;
      }
    };

  parser.on('error', (error) => {
    throw malformed(`the body is not well-formed XML (${error.message.slice(0, 160)})`);
  });
  parser.on('xmldecl', ({ encoding }) => {
    if (encoding !== undefined && !/^utf-8$/i.test(encoding))
      throw malformed(`FHIR XML is UTF-8, not ${JSON.stringify(encoding.slice(0, 40))}`);
  });
  // No DTD means no entity declarations, so no entity expansion (billion laughs) and no external entities (XXE).
  parser.on('doctype', () => {
    throw malformed('a DOCTYPE is not allowed in FHIR XML');
  });
  parser.on(
    'opentag',
    untilNotFhir((tag) => {
      const top = stack.at(-1);
      if (top?.kind === 'xhtml') {
        top.depth++;
        return;
      }
      if (!top) {
        stack.push(openResource(tag, ''));
        return;
      }
      if (top.kind === 'holder') {
        if (top.filled) throw invalid(top.path, 'holds more than one resource');
        const frame = openResource(tag, `${top.path}.`);
        frame.path = `${top.path}(${tag.local})`;
        top.filled = true;
        top.assign(frame.json);
        stack.push(frame);
        return;
      }
      if (top.kind === 'primitive') {
        if (tag.local !== 'extension' || tag.uri !== FHIR_NAMESPACE)
          throw invalid(`${top.path}.${tag.local}`, 'a primitive element holds only extensions');
        // The extensions go into the `_x` twin, read as an Element (whose id is an attribute).
        const element = typeDefinition('Element') as TypeDefinition;
        const twin = {
          kind: 'complex',
          definition: element,
          json: top.twin,
          path: top.path,
          primitives: new Map(),
        } as const;
        stack.push(openChild(twin, tag, parser.position, text));
        return;
      }
      stack.push(openChild(top, tag, parser.position, text));
    }),
  );
  parser.on(
    'closetag',
    untilNotFhir(() => {
      const top = stack.at(-1);
      if (top?.kind === 'xhtml') {
        if (--top.depth > 0) return;
        top.assign(text.slice(top.start, parser.position));
      } else if (top?.kind === 'complex') {
        settlePrimitives(top);
        if (stack.length === 1) root = top.json;
      } else if (top?.kind === 'primitive') {
        top.into.values.push(top.value);
        top.into.twins.push(Object.keys(top.twin).length > 0 ? top.twin : null);
        if (top.value === null && Object.keys(top.twin).length === 0)
          throw invalid(top.path, 'has no value and no extension');
      } else if (top?.kind === 'holder' && !top.filled) {
        throw invalid(top.path, 'must hold a resource');
      }
      stack.pop();
    }),
  );
  parser.on(
    'text',
    untilNotFhir((content) => {
      const top = stack.at(-1);
      if (top?.kind !== 'xhtml' && content.trim() !== '')
        throw invalid(
          top?.path ?? 'the document',
          `FHIR XML has no text content here: ${JSON.stringify(content.trim().slice(0, 40))}`,
        );
    }),
  );
  parser.on(
    'cdata',
    untilNotFhir(() => {
      const top = stack.at(-1);
      if (top?.kind !== 'xhtml') throw invalid(top?.path ?? 'the document', 'FHIR XML has no CDATA here');
    }),
  );

  parser.write(text).close();
  if (notFhir) throw notFhir;
  if (!root) throw malformed('the body holds no XML element');
  return root;
}
