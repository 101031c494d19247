// Writes a Bundle's JSON with the entries of resources that never change once built (the day's clinical records, the
// seeded patients) taken from JSON kept since their first answer, rather than serialised again for every answer.
import type { Bundle, BundleEntry, Resource } from 'fhir/r3';

const utf8 = new TextEncoder();
const COMMA = utf8.encode(',');
const CLOSE = utf8.encode(']}');

/** A never-changing resource's entry, `{"resource":…}`, as text and as UTF-8, each written when first needed. */
interface KeptEntry {
  text?: string;
  bytes?: Uint8Array<ArrayBuffer>;
}
// Weak: a resource no longer used goes with its JSON.
const keptEntries = new WeakMap<Resource, KeptEntry>();

/** Marks `resource` as never changing from now on, so answers write its JSON once; returns it. */
export function neverChanging<T extends Resource>(resource: T): T {
  if (!keptEntries.has(resource)) keptEntries.set(resource, {});
  return resource;
}

const keptEntryOf = (entry: BundleEntry): KeptEntry | undefined =>
  entry.resource && Object.keys(entry).length === 1 ? keptEntries.get(entry.resource) : undefined;

function entryText(entry: BundleEntry): string {
  const kept = keptEntryOf(entry);
  return kept ? (kept.text ??= JSON.stringify(entry)) : JSON.stringify(entry);
}

function entryBytes(entry: BundleEntry): Uint8Array<ArrayBuffer> {
  const kept = keptEntryOf(entry);
  return kept ? (kept.bytes ??= utf8.encode(entryText(entry))) : utf8.encode(JSON.stringify(entry));
}

/** The Bundle's JSON up to its entries' first one, when `entry` is its last member (as in the Bundles built here). */
function headOf(bundle: Bundle): string | undefined {
  const { entry, ...rest } = bundle;
  const members = Object.keys(bundle);
  if (!entry || members[members.length - 1] !== 'entry') return undefined;
  return JSON.stringify({ ...rest, entry: [] }).slice(0, -2);
}

/** The Bundle's JSON text, exactly as JSON.stringify writes it. */
export function bundleJson(bundle: Bundle): string {
  const head = headOf(bundle);
  if (head === undefined) return JSON.stringify(bundle);
  return `${head}${(bundle.entry ?? []).map(entryText).join(',')}]}`;
}

/**
 * bundleJson in UTF-8, for a large answer: the Node host writes bytes faster than a long string (for a structured
 * record the string cost it more than the sandbox's own work), where a short answer is written faster as text.
 */
export function bundleUtf8(bundle: Bundle): Uint8Array<ArrayBuffer> {
  const head = headOf(bundle);
  if (head === undefined) return utf8.encode(JSON.stringify(bundle));
  const parts = [utf8.encode(head)];
  (bundle.entry ?? []).forEach((entry, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(entryBytes(entry));
  });
  parts.push(CLOSE);
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
