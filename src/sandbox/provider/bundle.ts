// Bundles the providers return: searchsets with the GP Connect profile, never with fullUrl (facts §5.10).
import type { Bundle, Resource } from 'fhir/r3';
import { profileUrl } from '../../spec/index.ts';

/** A `searchset` Bundle of the given resources (zero or more). */
export function searchset(resources: Resource[], id: string = crypto.randomUUID()): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    meta: { profile: [profileUrl('searchsetBundle')] },
    type: 'searchset',
    total: resources.length,
    entry: resources.map((resource) => ({ resource })),
  };
}
