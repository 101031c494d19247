// Looks up the STU3 elements of a type, inherited ones first, from the generated table (scripts/generate-stu3-elements.ts).
import { STU3_ELEMENTS } from './stu3-elements.generated.ts';

/** s, n, b: a primitive whose JSON value is a string, number or boolean; x: XHTML; R: a resource; else a type name. */
export interface ElementDefinition {
  name: string;
  type: string;
  repeats: boolean;
}

export interface TypeDefinition {
  name: string;
  /** In STU3 order, the base type's elements first. */
  elements: readonly ElementDefinition[];
  byName: ReadonlyMap<string, ElementDefinition>;
  /** A resource (id is an element), not a datatype or backbone element (id is an attribute). */
  isResource: boolean;
}

export const PRIMITIVE_TYPES: ReadonlySet<string> = new Set(['s', 'n', 'b']);
const cache = new Map<string, TypeDefinition | undefined>();

/** The type's definition, or undefined when STU3 has no such type. */
export function typeDefinition(name: string): TypeDefinition | undefined {
  if (cache.has(name)) return cache.get(name);
  const entry = Object.hasOwn(STU3_ELEMENTS, name) ? STU3_ELEMENTS[name] : undefined;
  let definition: TypeDefinition | undefined;
  if (entry !== undefined) {
    const [base = '-', ...own] = entry.split(' ');
    const inherited = base === '-' ? undefined : typeDefinition(base);
    const elements = [...(inherited?.elements ?? [])];
    for (const token of own) {
      const [elementName = '', code = ''] = token.split(':');
      const element = { name: elementName, type: code.replace('*', ''), repeats: code.endsWith('*') };
      const at = elements.findIndex((e) => e.name === elementName);
      if (at >= 0) elements[at] = element;
      else elements.push(element);
    }
    definition = {
      name,
      elements,
      byName: new Map(elements.map((e) => [e.name, e])),
      isResource: name === 'Resource' || (inherited?.isResource ?? false),
    };
  }
  cache.set(name, definition);
  return definition;
}

/** A concrete resource type (not the abstract Resource or DomainResource). */
export function resourceDefinition(name: string): TypeDefinition | undefined {
  const definition = typeDefinition(name);
  return definition?.isResource && name !== 'Resource' && name !== 'DomainResource' ? definition : undefined;
}
