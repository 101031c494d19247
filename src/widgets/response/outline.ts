// Summarises a Bundle for the reader: how many entries of each resource type, and for a structured record each
// List's title, item count and any warning code or empty reason.
type Json = Record<string, any>;

export interface ListSummary {
  title: string;
  items: number;
  /** A warning code such as confidential-items, or the empty reason. */
  note?: string;
}

export interface BundleOutline {
  bundleType: string;
  entries: number;
  byType: Array<{ resourceType: string; count: number }>;
  lists: ListSummary[];
}

/** The outline of a Bundle, or undefined when the body is not one. */
export function outlineBundle(body: unknown): BundleOutline | undefined {
  const bundle = body as Json;
  if (typeof body !== 'object' || body === null || bundle.resourceType !== 'Bundle') return undefined;
  const resources: Json[] = (Array.isArray(bundle.entry) ? bundle.entry : [])
    .map((entry: Json) => entry?.resource)
    .filter(Boolean);
  const counts = new Map<string, number>();
  for (const resource of resources)
    counts.set(String(resource.resourceType), (counts.get(String(resource.resourceType)) ?? 0) + 1);
  const lists = resources
    .filter((resource) => resource.resourceType === 'List')
    .map((list): ListSummary => {
      const warning = (list.extension ?? [])
        .map((extension: Json) => extension?.valueCodeableConcept?.coding?.[0]?.code)
        .find(Boolean);
      const empty = list.emptyReason?.coding?.[0]?.code;
      const note = [warning, empty].filter(Boolean).join(', ');
      return {
        title: String(list.title ?? list.code?.coding?.[0]?.display ?? 'Untitled list'),
        items: Array.isArray(list.entry) ? list.entry.length : 0,
        ...(note ? { note } : {}),
      };
    });
  return {
    bundleType: String(bundle.type ?? ''),
    entries: resources.length,
    byType: [...counts].map(([resourceType, count]) => ({ resourceType, count })),
    lists,
  };
}
