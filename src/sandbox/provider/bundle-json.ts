// Writes a Bundle's JSON with the resources that never change once built (the day's clinical records, the seeded
// patients) written from JSON kept since their first answer, rather than serialising them again for every answer.
import type { Bundle, Resource } from 'fhir/r3';

// Undefined until the resource's first answer has written its JSON. Weak: a resource no longer used goes with its JSON.
const keptJson = new WeakMap<Resource, string | undefined>();

/** Marks `resource` as never changing from now on, so answers write its JSON once; returns it. */
export function neverChanging<T extends Resource>(resource: T): T {
  if (!keptJson.has(resource)) keptJson.set(resource, undefined);
  return resource;
}

function resourceJson(resource: Resource): string {
  if (!keptJson.has(resource)) return JSON.stringify(resource);
  let json = keptJson.get(resource);
  if (json === undefined) keptJson.set(resource, (json = JSON.stringify(resource)));
  return json;
}

/** The Bundle's JSON text, exactly as JSON.stringify writes it. */
export function bundleJson(bundle: Bundle): string {
  const { entry, ...rest } = bundle;
  if (!entry) return JSON.stringify(bundle);
  // `entry` is the last member of the Bundles the sandbox builds; one that is not is written whole.
  const members = Object.keys(bundle);
  if (members[members.length - 1] !== 'entry') return JSON.stringify(bundle);
  const head = JSON.stringify({ ...rest, entry: [] });
  const entries = entry.map((item) =>
    Object.keys(item).length === 1 && item.resource
      ? `{"resource":${resourceJson(item.resource)}}`
      : JSON.stringify(item),
  );
  return `${head.slice(0, -2)}${entries.join(',')}]}`;
}
