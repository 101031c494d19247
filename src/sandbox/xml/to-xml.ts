// Writes a FHIR STU3 resource, given in its JSON form, as FHIR XML (https://hl7.org/fhir/STU3/xml.html): elements in
// definition order, primitives as `value` attributes with `_x` carrying their id and extensions, Element.id and
// Extension.url as attributes, nested resources wrapped in their type element, and the narrative as XHTML.
import { FHIR_NAMESPACE } from './namespaces.ts';
import { PRIMITIVE_TYPES, resourceDefinition, typeDefinition, type TypeDefinition } from './elements.ts';
import { isJsonObject as isObject } from '../../spec/json.ts';

type Json = Record<string, unknown>;

// XML 1.0 cannot carry these characters at all (https://www.w3.org/TR/xml/#charsets), so they become U+FFFD.
// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Written as references so that attribute-value normalisation keeps them (https://www.w3.org/TR/xml/#AVNormalize).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const escapeAttribute = (value: string): string =>
  value.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);

class XmlWriteError extends Error {
  override name = 'XmlWriteError';
}

const fail = (path: string, problem: string) => new XmlWriteError(`${path}: ${problem}`);

function primitiveText(value: unknown, type: string, path: string): string {
  const kind = type === 'n' ? 'number' : type === 'b' ? 'boolean' : 'string';
  if (typeof value !== kind) throw fail(path, `expected a ${kind}, got ${JSON.stringify(value)}`);
  return escapeAttribute(String(value));
}

/** Checks that every key of `json` is an element of the type (or its `_x` twin), so nothing is silently dropped. */
function checkKeys(json: Json, definition: TypeDefinition, path: string): void {
  for (const key of Object.keys(json)) {
    if (key === 'resourceType' && definition.isResource) continue;
    const name = key.startsWith('_') ? key.slice(1) : key;
    const element = definition.byName.get(name);
    if (!element || (key !== name && !PRIMITIVE_TYPES.has(element.type)))
      throw fail(path, `${key} is not an element of ${definition.name}`);
  }
}

function writeChildren(json: Json, definition: TypeDefinition, path: string, out: string[]): void {
  checkKeys(json, definition, path);
  for (const element of definition.elements) {
    const { name, type } = element;
    // Written as attributes by the caller.
    if (!definition.isResource && name === 'id') continue;
    if (definition.name === 'Extension' && name === 'url') continue;
    const value = json[name];
    const twin = json[`_${name}`];
    if (value === undefined && twin === undefined) continue;
    const where = `${path}.${name}`;
    if (PRIMITIVE_TYPES.has(type)) {
      const values = element.repeats ? asArray(value, where) : [value];
      const twins = element.repeats ? asArray(twin, `${path}._${name}`) : [twin];
      for (let i = 0; i < Math.max(values.length, twins.length); i++) {
        // JSON pads the two arrays with null where an item has no value or no id and extensions.
        if ((values[i] ?? null) === null && (twins[i] ?? null) === null) continue;
        writePrimitive(name, values[i] ?? undefined, twins[i] ?? undefined, type, where, out);
      }
      continue;
    }
    for (const item of element.repeats ? asArray(value, where) : [value]) writeElement(name, item, type, where, out);
  }
}

function asArray(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail(path, 'expected an array');
  return value;
}

function writePrimitive(name: string, value: unknown, twin: unknown, type: string, path: string, out: string[]): void {
  const attributes: string[] = [];
  const children: string[] = [];
  if (twin !== undefined) {
    if (!isObject(twin)) throw fail(path, 'the _ element must be an object');
    const definition = typeDefinition('Element') as TypeDefinition;
    if (twin.id !== undefined) attributes.push(` id="${primitiveText(twin.id, 's', `${path}.id`)}"`);
    writeChildren(twin, definition, path, children);
  }
  if (value !== undefined) attributes.push(` value="${primitiveText(value, type, path)}"`);
  out.push(
    children.length > 0
      ? `<${name}${attributes.join('')}>${children.join('')}</${name}>`
      : `<${name}${attributes.join('')}/>`,
  );
}

function writeElement(name: string, value: unknown, type: string, path: string, out: string[]): void {
  if (type === 'x') {
    // spec: the JSON form of the narrative is the XHTML div itself (https://hl7.org/fhir/STU3/json.html#xhtml)
    if (typeof value !== 'string') throw fail(path, 'the narrative div must be a string');
    out.push(value);
    return;
  }
  if (!isObject(value)) throw fail(path, 'expected an object');
  if (type === 'R') {
    out.push(`<${name}>`);
    writeResource(value, path, out, false);
    out.push(`</${name}>`);
    return;
  }
  const definition = typeDefinition(type);
  if (!definition) throw fail(path, `STU3 has no type ${type}`);
  let attributes = value.id === undefined ? '' : ` id="${primitiveText(value.id, 's', `${path}.id`)}"`;
  if (type === 'Extension') attributes += ` url="${primitiveText(value.url, 's', `${path}.url`)}"`;
  const children: string[] = [];
  writeChildren(value, definition, path, children);
  out.push(children.length > 0 ? `<${name}${attributes}>${children.join('')}</${name}>` : `<${name}${attributes}/>`);
}

function writeResource(json: Json, path: string, out: string[], isRoot: boolean): void {
  const type = json.resourceType;
  const definition = typeof type === 'string' ? resourceDefinition(type) : undefined;
  if (!definition || typeof type !== 'string') throw fail(path, `${JSON.stringify(type)} is not an STU3 resource type`);
  out.push(isRoot ? `<${type} xmlns="${FHIR_NAMESPACE}">` : `<${type}>`);
  writeChildren(json, definition, `${path}(${type})`, out);
  out.push(`</${type}>`);
}

/** The resource as a FHIR XML document. Throws when the JSON is not an STU3 resource (a sandbox defect). */
export function toXml(resource: unknown): string {
  if (!isObject(resource)) throw fail('$', 'a resource must be a JSON object');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeResource(resource, '$', out, true);
  return out.join('');
}
