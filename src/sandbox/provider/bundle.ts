// Bundles the providers return: searchsets with the GP Connect profile. No fullUrl: the general resource guidance
// (https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_resource_guidance.html) says providers SHOULD NOT
// populate it; Access Document's search is the exception (documents/search.ts).
import type { Bundle, Resource } from 'fhir/r3';
import { profileUrl } from '../../spec/index.ts';
import { newUuid } from '../../spec/uuid.ts';

/** A `searchset` Bundle of the given resources (zero or more). */
export function searchset(resources: Resource[], id: string = newUuid()): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    meta: { profile: [profileUrl('searchsetBundle')] },
    type: 'searchset',
    total: resources.length,
    // spec: FHIR JSON never has an empty array, and XML could not carry one (https://hl7.org/fhir/STU3/json.html)
    ...(resources.length > 0 ? { entry: resources.map((resource) => ({ resource })) } : {}),
  };
}

/** A searchset whose entries say which are matches and which were `_include`d; `total` counts the matches only. */
export function searchsetWithIncludes(matches: Resource[], included: Resource[], id?: string): Bundle {
  return {
    ...searchset([], id),
    total: matches.length,
    ...(matches.length + included.length > 0
      ? {
          entry: [
            ...matches.map((resource) => ({ resource, search: { mode: 'match' as const } })),
            ...included.map((resource) => ({ resource, search: { mode: 'include' as const } })),
          ],
        }
      : {}),
  };
}
